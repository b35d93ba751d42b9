/** An image node of the content JSON, holding a 2×2 PNG: a figure for export tests that weighs nothing. */
export const imageNode = ({ altText = '', decorative = false, caption = '' }: { altText?: string; decorative?: boolean; caption?: string }) => ({
  type: 'image',
  version: 1,
  src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  altText,
  decorative,
  caption,
});
