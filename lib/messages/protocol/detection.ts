/** Messages of the detection area: the per-page script asks for the compiled rule pack when it finds none. */
export interface DetectionProtocol {
  // content script → background (unprivileged; no data, answers whether a current pack is now stored)
  ensureDetectionPack(): boolean;
}
