/**
 * React sets a video's `muted` property but never writes the attribute, so the page would not say the sound is
 * off (nor would it hold before React runs); this ref writes it when the video is graphic.
 */
export function mutedWhen(graphic: boolean): (video: HTMLVideoElement | null) => void {
  return (video) => {
    if (!video || !graphic) return;
    video.muted = true;
    video.setAttribute('muted', '');
  };
}
