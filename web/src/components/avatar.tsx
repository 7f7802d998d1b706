/** A picture when there is one, else initials on a colour derived from the name (stable per name). */
export function Avatar({
  name,
  src,
  size = 'medium',
}: {
  name: string;
  src?: string | null;
  size?: 'small' | 'medium' | 'large';
}) {
  if (src) return <img className={`avatar avatar-${size}`} src={src} alt="" />;
  const initials = name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('');
  // 30% lightness keeps white initials above 4.5:1 contrast for every hue.
  const hue = [...name].reduce((sum, character) => sum + character.charCodeAt(0), 0) % 360;
  return (
    <span className={`avatar avatar-${size}`} style={{ background: `hsl(${hue} 55% 30%)` }} aria-hidden="true">
      {initials}
    </span>
  );
}
