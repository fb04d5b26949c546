import QRCode from 'qrcode';
import { useMemo } from 'react';

/** The dark modules of a QR code as one SVG path, in module units, offset by the quiet zone. */
export function qrPath(value: string, quiet = 4): { size: number; d: string } {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (modules.data[row * n + col]) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return { size: n + 2 * quiet, d };
}

/**
 * A QR code drawn as inline SVG elements (no image URL, no script), so it works under the portal's
 * Content-Security-Policy; `label` is what a screen reader hears instead.
 */
export function QrCode({ value, label, size = 200 }: { value: string; label: string; size?: number }) {
  const { size: units, d } = useMemo(() => qrPath(value), [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${units} ${units}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
    >
      <rect width={units} height={units} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
