import { QRCodeCanvas, QRCodeSVG } from 'qrcode.react';
import { useRef } from 'react';

/** A QR code of the link, downloadable as SVG (print) or PNG (slides, social posts). */
export function QrCodePanel({ url, fileName }: { url: string; fileName: string }) {
  const svgWrapper = useRef<HTMLDivElement>(null);
  const canvasWrapper = useRef<HTMLDivElement>(null);
  const download = (href: string, extension: string) => {
    const anchor = document.createElement('a');
    anchor.href = href;
    anchor.download = `${fileName}.${extension}`;
    anchor.click();
  };
  const downloadSvg = () => {
    const svg = svgWrapper.current?.querySelector('svg');
    if (!svg) return;
    const blob = new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
    const href = URL.createObjectURL(blob);
    download(href, 'svg');
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  };
  const downloadPng = () => {
    const canvas = canvasWrapper.current?.querySelector('canvas');
    if (canvas) download(canvas.toDataURL('image/png'), 'png');
  };
  return (
    <div className="qr">
      <div ref={svgWrapper} className="qr-image">
        <QRCodeSVG value={url} size={148} marginSize={2} title="QR code of the invitation link" />
      </div>
      <div ref={canvasWrapper} hidden>
        <QRCodeCanvas value={url} size={1024} marginSize={4} />
      </div>
      <div className="qr-actions">
        <button type="button" className="button button-small" onClick={downloadSvg}>
          Download SVG
        </button>
        <button type="button" className="button button-small" onClick={downloadPng}>
          Download PNG
        </button>
      </div>
    </div>
  );
}
