import { describe, expect, it } from 'vitest';
import { bold, bulletList, content, heading, paragraph } from '../../../../shared/model/content';
import { contentPlainText } from '../../../../shared/model/tree';

describe('contentPlainText', () => {
  it('gives one line per block, lists item by item', () => {
    const value = content(
      heading(1, '1 Inledning'),
      paragraph('Det här är ', bold('viktigt'), '.'),
      bulletList('Första', 'Andra'),
    );
    expect(contentPlainText(value)).toBe('1 Inledning\nDet här är viktigt.\nFörsta\nAndra');
  });

  it('an empty body is one empty paragraph', () => {
    expect(content().root.children).toHaveLength(1);
    expect(contentPlainText(content())).toBe('');
  });
});
