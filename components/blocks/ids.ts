/** A block's section id (an anchor a link may point at) and its heading's, for aria-labelledby. */
export const blockId = (id: string) => `block-${id}`
export const blockHeadingId = (id: string) => `block-${id}-heading`
