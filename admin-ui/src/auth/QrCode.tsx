import { useEffect, useState } from 'react';

/** The otpauth URI as a QR code; the encoder is loaded only when enrolment needs it. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode')
      .then((qrcode) => qrcode.toDataURL(value, { margin: 1, width: 200, errorCorrectionLevel: 'M' }))
      .then((url) => current && setDataUrl(url));
    return () => {
      current = false;
    };
  }, [value]);
  return dataUrl ? (
    <img className="qr-code" src={dataUrl} width={200} height={200} alt={label} />
  ) : (
    <div className="qr-code qr-placeholder" aria-hidden="true" />
  );
}
