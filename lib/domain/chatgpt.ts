/**
 * ChatGPT's own shapes that both the page observers (lib/detect) and the classifier (lib/classify) read, in one
 * place so the two can never disagree (docs/chatgpt-protocol.md says where each was seen). A leaf: no imports.
 */

/** The image tool's author name: `t2uay3k.sj1i4kz` (obfuscated image_gen.text2im), `image_gen.text2im`, `dalle.text2im`. */
export const IMAGE_TOOL = /t2uay3k|image_gen|dalle|text2im/i;

/** One entry of `limits_progress` as ChatGPT sends it (conversation/init, conversation_detail_metadata). */
export interface LimitProgress {
  feature_name: string;
  remaining?: number;
  reset_after?: string;
}

/** The conversation id in a chatgpt.com page path (`/c/<id>`, also under `/g/<gizmo>/c/<id>`). */
export const CONVERSATION_PATH = /\/c\/([0-9a-f-]{8,64})/i;
