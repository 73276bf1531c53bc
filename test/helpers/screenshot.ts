/** How much a PNG shows, decoded by the browser itself (no image library needed). */
import type { Browser } from "playwright-core";

export interface PixelStats {
  width: number;
  height: number;
  distinctColors: number;
  /** Share of pixels that differ from the most common colour (the background). */
  foregroundShare: number;
}

export async function pixelStats(browser: Browser, png: Buffer): Promise<PixelStats> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = new Uint32Array(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
      const counts = new Map<number, number>();
      for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
      const background = Math.max(...counts.values());
      return {
        width: canvas.width,
        height: canvas.height,
        distinctColors: counts.size,
        foregroundShare: 1 - background / pixels.length,
      };
    }, png.toString("base64"));
  } finally {
    await page.close();
  }
}
