import { useEffect } from 'react';

/** Each page names itself in the tab, history and bookmarks: "<title> · Hearth", or "Hearth" while unknown. */
export function useDocumentTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Hearth` : 'Hearth';
  }, [title]);
}
