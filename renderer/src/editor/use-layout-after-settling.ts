import { useEffect, useState } from 'react';

/**
 * Opening a document costs two long pieces of work: building it (React, Lexical and the plugins'
 * first pass over every node) and the browser's first layout of all its text. Done in one frame, a
 * long handbook holds the window for both at once. So the page is laid out only once the opening has
 * settled, two frames after the plugins started: each piece then gets a frame of its own, and the
 * window keeps drawing in between. Until then the caller hides the page's content from layout.
 */
export function useLayoutAfterSettling(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setSettled(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return settled;
}
