/** The system share sheet where the browser has one; direct links to common apps otherwise. */
export function ShareOptions({ url, groupName }: { url: string; groupName: string }) {
  const text = `Join ${groupName} on Hearth`;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
  const targets = [
    { name: 'Email', href: `mailto:?subject=${encodeURIComponent(text)}&body=${encodeURIComponent(`${text}: ${url}`)}` },
    { name: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${text}: ${url}`)}` },
    { name: 'X', href: `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${encodeURIComponent(url)}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}` },
  ];
  return (
    <div className="share">
      {canShare && (
        <button type="button" className="button" onClick={() => navigator.share({ title: text, url }).catch(() => {})}>
          Share…
        </button>
      )}
      <ul className="share-targets" aria-label="Share on">
        {targets.map((target) => (
          <li key={target.name}>
            <a href={target.href} target="_blank" rel="noopener noreferrer">
              {target.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
