import type { SnippetPart } from '@shared/search/snippet';

/** A passage of a hit, the matched words in <mark>: built from text parts, never from HTML. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="search-snippet">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </span>
  );
}
