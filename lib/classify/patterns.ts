/**
 * Every word pattern the classifier uses, as data. Structure is read first (index.ts / structure.ts); these tables
 * are the fallback when a stop arrives as words: an error body, a pasted log line or the text the user saw.
 *
 * A rule names a Kind, not an owner: owner, bucket and action come from the Kind and the origin (kinds.ts
 * RESOLUTION), because the same words can belong to different owners ("You exceeded your current quota" is OpenAI
 * billing, or Google's quota on a Google page). A rule's `bucket` refines when the words name the counter.
 *
 * Rules are ORDERED: the first word rule that matches names the stop's Kind. The order encodes the traps:
 *  - refusals of content come first ("please retry or edit your prompt" is not a limit);
 *  - billing, credits and access come before rate limits ("insufficient_quota" arrives as a 429 but is billing;
 *    a credit gate that says "please wait a few minutes" is still a credit gate);
 *  - the ChatGPT app's own caps come before generic rate words;
 *  - generic words last, weakest last.
 * Notes cite the fixture ids (test/fixtures/limit-messages.jsonl) or the doc section each rule serves.
 * Patterns are bounded (no nested quantifiers, gaps capped with {0,N}) so a 64 KB input scans in linear time.
 */
import type { Bucket, Owner } from '../domain/labels.ts';
import type { Family, Kind } from './kinds.ts';

export type Lang =
  | 'en' | 'ko' | 'ja' | 'zh' | 'vi' | 'th' | 'es' | 'fr'
  | 'pt' | 'de' | 'it' | 'id' | 'ru' | 'tr' | 'pl' | 'hi' | 'ar' | 'nl';

export interface WordRule {
  id: string;
  kind: Kind;
  /** Any one of these matching is enough. */
  patterns: RegExp[];
  langs: Lang[];
  /** strong → medium confidence, weak → low. */
  strength: 'strong' | 'weak';
  /** Short, human-readable: shown in the classification's reasons. */
  reason: string;
  /** A bucket the words themselves name (the owner still comes from the origin). */
  bucket?: Bucket;
  /** Which message or page variant this serves. */
  note: string;
}

export const WORD_RULES: WordRule[] = [
  // ─── Not limits: the content was refused, or a whole resource was blocked ───────────────────────────────────
  {
    id: 'azure-resource-blocked',
    kind: 'resource-blocked',
    patterns: [/\bresource has been (?:temporarily )?blocked\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'the resource itself was blocked (abuse review), not one prompt',
    note: 'azure-resource-temporarily-blocked: mentions "content policy" but the fix is in the Azure portal',
  },
  {
    id: 'content-policy',
    kind: 'content-policy',
    patterns: [
      /\bcontent[ _-]?polic(?:y|ies)\b/i,
      /\bas a result of (?:our|the) safety system\b/i,
      /\bviolate[sd]? (?:our |the )?(?:guardrails|usage polic(?:y|ies)|terms of use)\b/i,
      /\bguardrails around\b/i,
      /\bNSFW content (?:was )?detected\b/i,
      /\brequest moderated\b/i,
      /\b(?:was|were|been) flagged by (?:our|the) (?:moderation|safety)\b/i,
      /\bmay contain sensitive (?:information|content)\b/i,
      /\brequires moderation and your input was flagged\b/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'the content was refused (content policy): not a limit, rephrase instead of waiting',
    note:
      'cg-policy-did-not-follow, cg-policy-cant-create-fixture, cg-policy-guardrails-nudity ("please retry or edit ' +
      'your prompt" is not a limit), api-moderation-prompt-text, azure-dalle3-content-policy, ' +
      'diffusers-nsfw-black-image, bfl-request-moderated, seedream-output-sensitive; OpenRouter 403 moderation (messages.md)',
  },
  {
    id: 'content-policy-cjk-vi-th-es-fr',
    kind: 'content-policy',
    patterns: [
      /콘텐츠\s*정책|정책(?:을|에)?\s*(?:위반|위배)/,
      /コンテンツ\s*ポリシー|ポリシー(?:に|へ)?違反|リクエストを拒否/,
      /内容(?:政策|安全策略)|违反.{0,12}(?:政策|规定)|不安全或敏感内容|敏感内容/,
      /chính sách nội dung|vi phạm chính sách/i,
      /ขัดต่อนโยบาย|ละเมิดนโยบาย/,
      /pol[ií]tica de contenido|politique de contenu/i,
      /가이드라인(?:을|에)?\s*(?:위반|위배|어긋|맞지\s*않|따르지\s*않)/,
      /內容政策|違反.{0,12}(?:政策|規定)/,
      /pol[ií]tica de conte[úu]do/i,
      /\bInhaltsrichtlinien\b/i,
      /\bnorme sui contenuti\b/i,
      /\bkebijakan konten\b/i,
      /политик[аиуе]\s+(?:в отношении\s+)?(?:контента|содержимого)/i,
      /içerik politika/i,
      /polityk[aięą] treści/i,
      /सामग्री नीति/,
      /سياسة المحتوى/,
      /\bcontentbeleid\b/i,
    ],
    langs: ['ko', 'ja', 'zh', 'vi', 'th', 'es', 'fr', 'pt', 'de', 'it', 'id', 'ru', 'tr', 'pl', 'hi', 'ar', 'nl'],
    strength: 'strong',
    reason: 'localized content-policy refusal: not a limit',
    note:
      'ja tool refusal "画像生成ツールが性的内容としてリクエストを拒否" (docs/chatgpt-protocol.md §5); Thai "ขัดต่อนโยบาย" ' +
      '(cg-th-cannot-invoke-tool notes); Zhipu 1301 wording (docs.bigmodel.cn api-code); ko "가이드라인" refusals; ' +
      'the other languages are synthetic fixture lines (*-policy) to validate live',
  },

  // ─── Edge limits in front of an API ─────────────────────────────────────────────────────────────────────────
  {
    id: 'cloudflare-1015',
    kind: 'edge-rate-limit',
    patterns: [/\berror code:?\s*1015\b/i, /\bcloudflare\b.{0,80}\brate limited\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Cloudflare edge rate limit (1015), not an account or tier limit',
    note: 'api-cloudflare-1015 (plain-text body with a huge retry-after)',
  },

  // ─── Billing, credits, access: before rate limits (they arrive as 429s too) ────────────────────────────────
  {
    id: 'billing-hard-limit',
    kind: 'billing-hard-limit',
    patterns: [/\bbilling hard limit\b/i, /\bmaximum monthly spend\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'monthly billing ceiling reached: retries create no budget',
    note: 'api-billing-hard-limit-in-openwebui, api-billing-hard-limit-images (also the exact code, CODE_RULES)',
  },
  {
    id: 'project-budget',
    kind: 'billing-hard-limit',
    patterns: [
      /\bmonthly usage limit\b/i,
      /\b(?:project|organi[sz]ation)['’]?s? (?:monthly )?(?:budget|spend(?:ing)? limit)\b/i,
      /\bexceeded (?:its|your|the) (?:monthly )?budget\b/i,
      /\bbudget (?:limit )?(?:has been |was |is )?(?:reached|exceeded|exhausted)\b/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'a monthly usage limit or project budget was reached: retries create no budget',
    note: 'OpenAI project budgets and usage limits on API origins (api-project-monthly-usage-limit, api-project-budget-exceeded)',
  },
  {
    id: 'exceeded-current-quota',
    kind: 'billing-quota',
    patterns: [/\bexceeded your current quota\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: '"exceeded your current quota": a quota or billing stop, not a rate limit (the origin decides whose)',
    note: 'api-docs-429-quota; Gemini 429 RESOURCE_EXHAUSTED shares the sentence (messages.md traps): origin decides',
  },
  {
    id: 'credit-rationed-rate',
    kind: 'credit-throttle',
    patterns: [
      /\b(?:throttled|rate limit)\b[^\n]{0,200}?\bwhile you have (?:less than [^\s]{1,12} in credit|no payment method)/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'rate rationed because the credit balance is low: adding credit lifts it',
    note: 'replicate-429-low-credit (below $5 Replicate rations instead of refusing)',
  },
  {
    id: 'account-locked',
    kind: 'account-locked',
    patterns: [/\buser is locked\b/i, /\baccount (?:is|has been) (?:locked|suspended|disabled)\b/i, /账户已被锁定/],
    langs: ['en', 'zh'],
    strength: 'strong',
    reason: 'the provider locked the account',
    note: 'fal-locked-top-up, fal-locked-exhausted-balance ("User is locked. Reason: …"); Zhipu 1112',
  },
  {
    id: 'credits',
    kind: 'credits',
    patterns: [
      /\binsufficient (?:credits?|balance|funds)\b/i,
      /\b(?:not|n['’]t) have enough (?:credits?|balance|funds)\b/i,
      /\brequires more credits\b/i,
      /\bcan only afford\b/i,
      /\b(?:add|buy|purchase) (?:more )?credits?\b/i,
      /\bout of credits?\b/i,
      /\b(?:exhausted|insufficient) (?:account )?balance\b/i,
      /\bpayment required\b/i,
      /余额不足|已欠费|请充值/,
      /크레딧(?:이)?\s*부족|잔액(?:이)?\s*부족/,
      /クレジット(?:が)?不足|残高(?:が)?不足/,
    ],
    langs: ['en', 'zh', 'ko', 'ja'],
    strength: 'strong',
    reason: 'credits or balance ran out: add credit, retries create none',
    note:
      'openrouter-docs-402, openrouter-402-can-only-afford, openrouter-402-never-purchased, ' +
      'replicate-402-full-fixture ("please wait a few minutes" here is still billing), stability-not-enough-balance, ' +
      'zimage-insufficient-credits; Zhipu 1113 "已欠费"',
  },
  {
    id: 'org-verification',
    kind: 'access',
    bucket: 'org-verification',
    patterns: [/\borgani[sz]ation must be verified\b/i, /\bverify (?:your )?organi[sz]ation\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'organization verification required: refused before generation, waiting never helps',
    note: 'api-org-verify-gpt-image-1-json, api-org-verify-gpt-image-2-fixture, api-org-verify-stream-400',
  },
  {
    id: 'model-access',
    kind: 'access',
    bucket: 'model-access',
    patterns: [
      /\bdoes not exist or you do not have access\b/i,
      /\b(?:do|does) not have access to (?:the |this )?model\b/i,
      /\bmodel [`'"]?[\w.:/-]{1,80}[`'"]? does not exist\b/i,
      /\bnot (?:available|enabled) for (?:your|this) (?:api key|project|organi[sz]ation|account)\b/i,
      /不在[^。\n]{0,30}(?:可用|允许)范围|无权(?:限)?(?:访问|使用)|没有(?:访问|使用)?权限/,
      /(?:접근|사용)\s*권한이\s*없/,
      /アクセス権(?:限)?がありません/,
    ],
    langs: ['en', 'zh', 'ko', 'ja'],
    strength: 'strong',
    reason: 'no access to the model (project/key permissions): refused before generation',
    note: 'api-model-not-found-gpt-5-5-imagegen, api-codex-zh-no-gpt-image-2-permission; Zhipu 1220',
  },
  {
    id: 'login-required',
    kind: 'login-required',
    patterns: [
      /\brequires? you to be logged in\b/i,
      /\blog ?in (?:or sign up )?to (?:generate|create|edit) images?\b/i,
      /로그인(?:이)?\s*필요|로그인(?:한 후|해야)/,
      /ログインが必要/,
      /需要登录|请先?登录/,
    ],
    langs: ['en', 'ko', 'ja', 'zh'],
    strength: 'strong',
    reason: 'image generation needs a signed-in account',
    note: 'cg-login-required-image; anonymous blocked_features description (docs/chatgpt-protocol.md §5)',
  },
  {
    id: 'too-long',
    kind: 'too-long',
    patterns: [
      /\bmessage you submitted was too long\b/i,
      /\b(?:prompt|message|input|request) (?:is|was) too (?:long|large)\b/i,
      /\bmaximum context length\b/i,
      /메시지가\s*너무\s*깁니다/,
      /Prompt\s*超长/i,
    ],
    langs: ['en', 'ko', 'zh'],
    strength: 'strong',
    reason: 'the request is too long: shorten it (not a rate limit)',
    note: 'cg-message-too-long (negative control: "too long" is not a limit); Zhipu 1261',
  },

  // ─── Temporary load: not a quota, and before the app's caps (a busy notice may name the limit) ────────────────────────────────────────────────────────────────────────────
  {
    id: 'overload',
    kind: 'overload',
    patterns: [
      /\boverloaded\b/i,
      /\bhigh demand\b/i,
      /\b(?:under |experiencing |due to )?heavy (?:load|traffic)\b/i,
      /\btemporarily unavailable\b/i,
      /\bservice unavailable\b/i,
      /\b(?:at|over) capacity\b/i,
      /服务器繁忙|负载过高|访问量过大|服务(?:暂时)?不可用/,
      /수요가\s*(?:많|급증)|일시적으로\s*사용할\s*수\s*없/,
      /混雑して|一時的に(?:利用|使用)できません/,
      /quá tải/i,
    ],
    langs: ['en', 'zh', 'ko', 'ja', 'vi'],
    strength: 'strong',
    reason: 'temporary load or outage: retry later with backoff, not in a loop',
    note:
      'api-model-overloaded-legacy, cg-dalle-tool-high-demand, gemini-3-pro-image-503-overloaded, ' +
      'cg-img-temporarily-unavailable; Zhipu 1312 "访问量过大"; before the plan caps: ko-overload-demand-names-limit, ' +
      'en-heavy-load-names-limit ("heavy load" beside "image generation limit" is load, not a cap)',
  },

  // ─── The ChatGPT app's own caps (wording the app or its assistant paraphrase uses) ─────────────────────────
  {
    id: 'image-cooldown',
    kind: 'image-cooldown',
    patterns: [
      /\bgenerating images too quickly\b/i,
      /\bgénérez des images trop rapidement\b/i,
      /(?:이미지를?\s*)?너무\s*(?:빠르게|빨리)\s*(?:이미지를?\s*)?(?:생성|만들)/,
      /画像の?生成が速すぎ/,
      /(?:生成图(?:片|像)|图(?:片|像)生成)(?:的)?(?:速度)?(?:过|太)快/,
      /(?:產生|生成)(?:圖片|圖像)(?:的)?(?:速度)?(?:過|太)快/,
      /generando im[áa]genes demasiado r[áa]pido/i,
      /gerando imagens (?:r[áa]pido demais|muito r[áa]pido)/i,
      /\bgenerierst Bilder zu schnell|\bBilder zu schnell (?:generier|erstell)/i,
      /generando immagini troppo (?:velocemente|rapidamente)/i,
      /tạo (?:hình )?ảnh quá nhanh/i,
      /membuat gambar terlalu cepat/i,
      /(?:генерируете|создаёте|создаете) изображения слишком быстро/i,
      /çok hızlı görsel oluşturuyorsunuz|görselleri çok hızlı oluşturuyorsunuz/i,
      /generujesz obrazy zbyt szybko/i,
      /बहुत तेज़ी से इमेज बना/,
      /تنشئ الصور بسرعة كبيرة/,
      /สร้าง(?:ภาพ|รูป)เร็วเกินไป/,
      /genereert te snel afbeeldingen|afbeeldingen te snel genereert/i,
    ],
    langs: ['en', 'fr', 'ko', 'ja', 'zh', 'es', 'pt', 'de', 'it', 'vi', 'id', 'ru', 'tr', 'pl', 'hi', 'ar', 'th', 'nl'],
    strength: 'strong',
    reason: 'app cooldown: generating images too quickly',
    note:
      'image tool cooldown text (docs/chatgpt-protocol.md §5); French bot match (docs/chatgpt-protocol.md §7); ko/ja/zh guesses and the other ' +
      'languages (synthetic *-cooldown fixture lines) to validate live',
  },
  {
    id: 'image-plan-cap',
    kind: 'image-quota',
    patterns: [
      /\bplan limit for image generations?\b/i,
      /\bimage (?:creation|generation) limit\b/i,
      /\bout of (?:images|image creations)\b/i,
      /\b(?:create|generate|make) more images\b[^\n]{0,60}\blimit resets\b/i,
      /\bunable to (?:invoke|call|use) the image[ _.]?(?:gen|generation)[\w.]{0,20} tool\b/i,
      /\b(?:could(?:n['’]t| not)|can(?:['’]t|not)) (?:invoke|call|use) the image(?:[ _.]?(?:gen|generation|creation))?[\w.]{0,20} tool\b/i,
      /l[íi]mite de (?:creaci[óo]n|generaci[óo]n) de im[áa]genes/i,
      /l[íi]mite del plan [\w-]{1,20} para (?:las )?solicitudes de generaci[óo]n de im[áa]genes/i,
      /no pude (?:invocar|usar|llamar) la herramienta de (?:generaci[óo]n|creaci[óo]n) de im[áa]genes/i,
      /limite (?:do plano [\w-]{1,20} para (?:as )?solicita[çc][õo]es|de (?:cria[çc][ãa]o|gera[çc][ãa]o)) de (?:gera[çc][ãa]o de )?imagens/i,
      /n[ãa]o consegui (?:invocar|usar|chamar) a ferramenta de (?:gera[çc][ãa]o|cria[çc][ãa]o) de imagens/i,
      /limite (?:du forfait [\w-]{1,20} pour les demandes de g[ée]n[ée]ration|de (?:g[ée]n[ée]ration|cr[ée]ation)) d['’]images/i,
      /\bLimit\b[^.\n]{0,30}?\bfür (?:die )?Bild(?:generierung|erstellung)/i,
      /\bBildgenerierungstool\b[^.\n]{0,40}\bnicht\b/i,
      /limite (?:del piano [\w-]{1,20} per le richieste di generazione|di (?:creazione|generazione)) (?:di )?immagini/i,
    ],
    langs: ['en', 'es', 'pt', 'fr', 'de', 'it'],
    strength: 'strong',
    reason: 'image-generation cap wording (plan limit)',
    note:
      'cg-plan-*, cg-image-creation-limit-*, cg-out-of-images-tomorrow-1140, gemini-app-image-limit (origin makes ' +
      'it Google\'s), assistant paraphrase "unable to invoke the image_gen.text2im tool" (messages.md §9); es Team heading ' +
      '(es-team-heading-image-limit); fr assistant paraphrase (fr-assistant-limit-reached, a real transcript); the pt, ' +
      'de and it forms are synthetic fixture lines to validate live',
  },
  {
    id: 'image-plan-cap-ko',
    kind: 'image-quota',
    patterns: [
      /이미지\s*(?:생성|만들기|제작)[^.。\n]{0,40}(?:한도|제한|횟수)/,
      /(?:한도|제한)[^.。\n]{0,30}이미지/,
      /이미지\s*(?:생성|만들기)\s*가능\s*시간/,
      /이미지를?\s*(?:모두|다)\s*사용/,
    ],
    langs: ['ko'],
    strength: 'strong',
    reason: 'Korean image-generation limit wording',
    note:
      'cg-ko-30-days ("이미지 생성 가능 시간: 약 30일 뒤"), cg-ko-plan-limit-RECONSTRUCTED ("이미지 생성 요청 한도에 ' +
      '도달"); no verbatim ko template exists yet (docs/chatgpt-protocol.md §7): validate live',
  },
  {
    id: 'image-plan-cap-ja',
    kind: 'image-quota',
    patterns: [/画像を使い切り/, /画像(?:の)?(?:生成|作成)[^。\n]{0,20}上限/],
    langs: ['ja'],
    strength: 'strong',
    reason: 'Japanese image-generation limit wording',
    note: 'cg-ja-used-up ("画像を使い切りました"), cg-ja-limit-until-2149 ("画像生成の利用上限に達しています")',
  },
  {
    id: 'image-plan-cap-zh',
    kind: 'image-quota',
    patterns: [
      /(?:图像|图片)生成(?:请求)?(?:的)?上限/,
      /(?:图像|图片)(?:生成)?次数已用完/,
      /(?:圖片|圖像)(?:生成|產生)[^。\n]{0,10}上限/,
      /(?:无法|無法)(?:调用|使用|呼叫|調用)(?:图像|图片|圖片|圖像)生成工具/,
    ],
    langs: ['zh'],
    strength: 'strong',
    reason: 'Chinese image-generation limit wording',
    note: 'cg-zh-free-22h-spaced, cg-zh-plus-4h ("你已达到 … 套餐的图像生成请求上限"), blocked_features description',
  },
  {
    id: 'image-plan-cap-vi-th',
    kind: 'image-quota',
    patterns: [
      /hạn mức tạo ảnh|tạo ảnh[^.\n]{0,40}hạn mức/i,
      // "could not call/use … the image-creation tool" (the Thai form of "unable to invoke the image tool")
      /ไม่สามารถ(?:เรียก|ใช้)[^\n]{0,20}เครื่องมือ(?:การ)?สร้าง(?:ภาพ|รูป)/,
      // "image-creation quota / limit"
      /(?:โควตา|ขีดจำกัด|ขีดจำกัดการใช้งาน)[^\n]{0,20}(?:สร้าง)?(?:ภาพ|รูป)/,
      /สร้าง(?:ภาพ|รูป)[^\n]{0,20}ขีดจำกัด/,
      /giới hạn[^.\n]{0,40}tạo (?:hình )?ảnh/i,
    ],
    langs: ['vi', 'th'],
    strength: 'strong',
    reason: 'Vietnamese/Thai image-generation limit wording',
    note: 'cg-vi-assistant-6h44m ("hạn mức tạo ảnh đã hết"), cg-th-cannot-invoke-tool (seen on a real quota stop)',
  },
  {
    id: 'image-plan-cap-more',
    kind: 'image-quota',
    patterns: [
      /batas (?:paket [\w-]{1,20} untuk permintaan )?pembuatan gambar/i,
      /tidak (?:dapat|bisa) menggunakan alat pembuatan gambar/i,
      /лимит[а-яё]*[^.\n]{0,40}(?:генераци|создани)[а-яё]* изображени/i,
      /görsel oluşturma[^.\n]{0,20}sınır/i,
      /limit[^.\n]{0,40}(?:generowania|tworzenia) obraz/i,
      /इमेज जनरेशन[^।\n]{0,40}सीमा|इमेज जनरेशन टूल का उपयोग नहीं/,
      /حد[^.\n]{0,30}إنشاء الصور/,
      /limiet[^.\n]{0,60}afbeeldingen (?:te )?(?:genereren|maken)|limiet voor het (?:maken|genereren) van afbeeldingen/i,
    ],
    langs: ['id', 'ru', 'tr', 'pl', 'hi', 'ar', 'nl'],
    strength: 'strong',
    reason: 'image-generation limit wording (id, ru, tr, pl, hi, ar, nl)',
    note:
      'ru-test-input-limit-reached (a ChatGPT automation\'s test input); the rest are synthetic fixture lines ' +
      '(*-plan-free-*, *-banner-tomorrow, *-assistant-*): validate live',
  },
  {
    id: 'feature-cap',
    kind: 'feature-cap',
    patterns: [
      /\byou(?:['’]ve| have) (?:hit|reached) (?:your|the) (?:(?:advanced )?data analysis|file uploads?|uploads?|deep research|voice|video)[\w ]{0,20} limit\b/i,
    ],
    langs: ['en'],
    strength: 'strong',
    reason: 'ChatGPT cap on another feature (not image generation)',
    note: 'cg-data-analysis-limit-1131 (same template as the image banner)',
  },
  {
    id: 'message-cap',
    kind: 'message-cap',
    patterns: [
      /\blimit of messages per hour\b/i,
      /\btoo many requests in 1 hour\b/i,
      /\bcurrent usage cap\b/i,
      /\bonly one message at a time\b/i,
      /\byou(?:['’]ve| have) (?:hit|reached) your (?:rate|usage|message) limit\b/i,
      /메시지\s*한도에\s*도달/,
    ],
    langs: ['en', 'ko'],
    strength: 'strong',
    reason: 'message or usage cap wording',
    note:
      'cg-backend-messages-per-hour-json, cg-you-hit-your-rate-limit, model_cap_exceeded message (docs/chatgpt-protocol.md ' +
      '§5); ko "메시지 한도에 도달했습니다" (blog wording, low reliability)',
  },
  {
    id: 'account-throttle',
    kind: 'account-throttle',
    patterns: [/\blimited access to your conversations\b/i, /\bmaking requests too quickly\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'ChatGPT account throttle ("Too many requests" dialog), not an image quota',
    note: 'cg-conversation-access-throttle-modal',
  },
  {
    id: 'unusual-activity',
    kind: 'unusual-activity',
    patterns: [/\bunusual activity\b/i, /비정상적인\s*활동/, /异常活动/],
    langs: ['en', 'ko', 'zh'],
    strength: 'strong',
    reason: 'unusual-activity (risk) block, not a plan quota',
    note: 'cg-unusual-activity; 403 "Unusual activity has been detected from your device" (docs/chatgpt-protocol.md §5)',
  },

  // ─── API rate limits (owner by origin: OpenAI without one) ─────────────────────────────────────────────────
  {
    id: 'azure-call-rate',
    kind: 'rate',
    bucket: 'azure-call-rate',
    patterns: [/\bexceeded (?:the )?call rate limit\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Azure call-rate limit (requests per minute of the deployment)',
    note: 'azure-gpt-image-2-s0-24s, azure-gpt-image-2-aiservices-16s',
  },
  {
    id: 'azure-token-rate',
    kind: 'rate',
    bucket: 'azure-token-rate',
    patterns: [/\bexceeded (?:the )?token rate limit\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Azure token-rate limit (tokens per minute of the deployment)',
    note: 'azure-gpt-5-1-token-60s',
  },
  {
    id: 'enqueued-tokens',
    kind: 'rate',
    bucket: 'api-enqueued-tokens',
    patterns: [/\benqueued token limit\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'Batch API enqueued-token limit: wait for in-progress batches',
    note: 'api-gpt-image-2-enqueued-tokens',
  },
  {
    id: 'rate-limit-template',
    kind: 'rate',
    patterns: [/\brate limit (?:reached|exceeded) for\b/i, /\brequest rate increased too quickly\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'rate-limit template ("Rate limit reached for …")',
    note:
      'api-tpm-gpt4-26s, api-ipm-15-of-16, api-rpm-default-global-with-image-limits, api-gpt-image-1-5-truncated, ' +
      'api-docs-429-rate-limit, api-slow-down-fixture',
  },
  {
    id: 'quota-exceeded',
    kind: 'quota',
    patterns: [/\bquota exceeded\b/i, /\bexceeded (?:the |your )?(?:daily |monthly )?quota\b/i, /\bresource has been exhausted\b/i],
    langs: ['en'],
    strength: 'strong',
    reason: 'a named quota ran out',
    note: 'vertex-imagen3-quota, gemini-image-resource-exhausted-generic',
  },

  // ─── Generic rate words (owner by origin) ──────────────────────────────────────────────────────────────────
  {
    id: 'rate-words',
    kind: 'rate',
    patterns: [
      /\brate[ -]limit(?:ed|s|ing)?\b/i,
      /\b(?:request|requests) (?:was|were|is|are|being) throttled\b/i,
      /\btoo many requests\b/i,
      /速率限制|请求频率|请求过于频繁|频率过高|并发数过高/,
      /レート制限|リクエストが多すぎ/,
      /요청이\s*너무\s*많|요청을\s*너무\s*(?:빠르게|빨리)|속도\s*제한|요청\s*한도/,
      /giới hạn tốc độ|quá nhiều yêu cầu/i,
      /请求过多|請求過多|要求過多/,
      /demasiadas solicitudes|muitas solicita[çc][õo]es|trop de requ[êe]tes|zu viele Anfragen|troppe richieste/i,
      /terlalu banyak permintaan|слишком много запросов|çok fazla istek|zbyt wiele żądań|te veel verzoeken/i,
      /बहुत सारे अनुरोध|طلبات كثيرة جد|คำขอมากเกินไป/,
    ],
    langs: ['en', 'zh', 'ja', 'ko', 'vi', 'es', 'pt', 'fr', 'de', 'it', 'id', 'ru', 'tr', 'pl', 'hi', 'ar', 'th', 'nl'],
    strength: 'strong',
    reason: 'rate-limit wording',
    note:
      'together-flux-model-rate-limit, together-credit-limit-60qpm, replicate-429-docs ("Request was throttled"), ' +
      'zhipu-glm-image-429 ("您的账户已达到速率限制"); the "too many requests" dialog in other languages (*-throttle ' +
      'fixture lines, synthetic): the page decides whose',
  },

  // ─── App-style caps whose feature the words do not name ────────────────────────────────────────────────────
  {
    id: 'cap-resets',
    kind: 'cap',
    patterns: [
      /\b(?:limit|quota) (?:resets|will reset)\b/i,
      /\bresets in \d/i,
      /\btry again (?:tomorrow )?(?:after|at) \d{1,2}[:：]\d{2}\b/i,
      /\bwait for more\b/i,
      /请在在?\s*\d{1,2}[:：]\d{2}\s*后重试|上限将在|后重置/,
      /上限に達し|までお待ちください/,
      /한도에\s*도달|사용량?\s*한도|(?:초기화|재설정)(?:됩니다|되면|될)/,
      /hạn mức|đặt lại sau/i,
      /el l[íi]mite se restablece|o limite (?:for|ser[áa]) redefinido|la limite sera r[ée]initialis[ée]e|Limit (?:in .{1,30} )?zurückgesetzt/i,
    ],
    langs: ['en', 'zh', 'ja', 'ko', 'vi', 'es', 'pt', 'fr', 'de'],
    strength: 'strong',
    reason: 'a usage cap with a stated reset',
    note: 'cg-help-banner-resets-720h, cg-en-quota-bar-clock ("Please try again after 12:21."), zh quota bar "请在在 12:21后重试"',
  },

  // ─── Failures with no limit named ─────────────────────────────────────────────────────────────────────────
  {
    id: 'tool-failure',
    kind: 'tool-failure',
    patterns: [
      /\bimage generation failed\b/i,
      /\b(?:an )?error (?:when|while) generating (?:the )?images?\b/i,
      /\bfailed to generate (?:the )?images?\b/i,
      /生成图片时遇到错误|图片生成失败/,
    ],
    langs: ['en', 'zh'],
    strength: 'weak',
    reason: 'the image tool failed without naming a limit',
    note: 'cg-image-failed-edit-misroute (must not become a quota); DALL·E error text (docs/chatgpt-protocol.md §5)',
  },
  {
    id: 'generic-error',
    kind: 'generic-error',
    patterns: [
      /\bsomething went wrong\b/i,
      /\bthere was an error generating a response\b/i,
      /\btry again later\b/i,
      /잠시\s*후\s*다시/,
      /请稍后(?:再试|重试)/,
      /しばらくして(?:から)?(?:もう一度)?お?試し/,
    ],
    langs: ['en', 'ko', 'zh', 'ja'],
    strength: 'weak',
    reason: 'an error that names no limit',
    note: 'stream error "Something went wrong while generating the response." (docs/chatgpt-protocol.md §3)',
  },
];

/**
 * Exact machine codes (error.code, error.type, status, detail.code, or `code: x` / `[code] => x` in pasted
 * bodies). Ordered like WORD_RULES; the first code present wins. An exact code is a high-confidence signal.
 */
export interface CodeRule {
  id: string;
  codes: RegExp;
  kind: Kind;
  bucket?: Bucket;
  reason: string;
  /** The code itself names whose service it is. */
  family?: Family;
  provider?: string;
  note: string;
}

export const CODE_RULES: CodeRule[] = [
  {
    id: 'code-content-policy',
    codes:
      /^(?:moderation_blocked|content_policy_violation|ResponsibleAIPolicyViolation|content_filter|\w*SensitiveContentDetected)$/i,
    kind: 'content-policy',
    reason: 'refused for content',
    note: 'azure-dalle3-content-policy (inner_error ResponsibleAIPolicyViolation), seedream-output-sensitive, gpt-image moderation_blocked',
  },
  {
    id: 'code-billing-hard-limit',
    codes: /^billing_hard_limit_reached$/i,
    kind: 'billing-hard-limit',
    reason: 'billing, not a rate limit',
    note: 'api-billing-hard-limit-images, api-billing-hard-limit-image-user-error-type (PHP print_r)',
  },
  {
    id: 'code-insufficient-quota',
    codes: /^insufficient_quota$/i,
    kind: 'billing-quota',
    reason: 'billing, not a rate limit',
    note: 'OpenAI 429 insufficient_quota (domain.md traps)',
  },
  {
    id: 'code-credits',
    codes: /^(?:insufficient_credits?|insufficient_balance|payment_required)$/i,
    kind: 'credits',
    reason: 'credits ran out',
    note: 'provider variants of the credit gate',
  },
  {
    id: 'code-model-access',
    codes: /^(?:model_not_found|unsupported_model|DeploymentNotFound|PERMISSION_DENIED)$/i,
    kind: 'access',
    bucket: 'model-access',
    reason: 'no access to the model',
    note: 'api-model-not-found-gpt-5-5-imagegen',
  },
  {
    id: 'code-too-long',
    codes: /^(?:context_length_exceeded|string_above_max_length)$/i,
    kind: 'too-long',
    reason: 'request too long',
    note: 'OpenAI size rejections',
  },
  {
    id: 'code-model-cap',
    codes: /^model_cap_exceeded$/i,
    kind: 'message-cap',
    family: 'chatgpt',
    reason: 'ChatGPT model usage cap',
    note: 'older ChatGPT 429 {"detail":{"code":"model_cap_exceeded","clears_in":…}} (docs/chatgpt-protocol.md §5)',
  },
  {
    id: 'code-azure-rate',
    codes: /^RateLimitReached$/,
    kind: 'rate',
    family: 'azure',
    reason: 'Azure rate limit',
    note: 'azure-gpt-image-2-aiservices-16s',
  },
  {
    id: 'code-enqueued',
    codes: /^token_limit_exceeded$/i,
    kind: 'rate',
    reason: 'token limit',
    note: 'api-gpt-image-2-enqueued-tokens',
  },
  {
    id: 'code-rate',
    codes: /^(?:rate_limit_exceeded|rate_limit_error|slow_down)$/i,
    kind: 'rate',
    reason: 'rate limit',
    note: 'api-tpm-gpt4-26s, api-ipm-15-of-16, api-slow-down-fixture',
  },
  {
    id: 'code-resource-exhausted',
    codes: /^RESOURCE_EXHAUSTED$/,
    kind: 'quota',
    family: 'provider',
    provider: 'google-gemini-api',
    reason: 'Google quota',
    note: 'gemini-image-resource-exhausted-generic; Gemini QuotaFailure bodies (messages.md)',
  },
  {
    id: 'code-overload',
    codes:
      /^(?:image_generation_server_error|image_generation_failed|server_is_overloaded|service_unavailable_error|overloaded_error|UNAVAILABLE)$/i,
    kind: 'overload',
    reason: 'server-side failure or overload',
    note: 'api-image-stream-server-error, Responses-API server_is_overloaded, gemini-3-pro-image-503-overloaded',
  },
];

/**
 * Whose service it is. `hosts` match the page's hostname (`path`, when given, its pathname); `words` match text that
 * names a service. The page decides first; then words. Ordered for words: gateways before the upstreams they relay,
 * third parties before OpenAI's own names (an OpenRouter error may quote an upstream OpenAI message).
 */
export interface OriginRule {
  id: string;
  family: Exclude<Family, 'none'>;
  provider?: string;
  hosts?: RegExp;
  path?: RegExp;
  words?: RegExp;
  /**
   * Words that, quoted on another family's page, still name this service (an API error pasted into ChatGPT).
   * Stricter than `words`: ChatGPT's own messages link help.openai.com, which names no API project.
   */
  quotedWords?: RegExp;
  note: string;
}

export const ORIGIN_RULES: OriginRule[] = [
  {
    id: 'openrouter',
    family: 'provider',
    provider: 'openrouter',
    hosts: /(?:^|\.)openrouter\.ai$/i,
    words: /\bopenrouter\.ai\b|\bOpenRouter\b/i,
    note: 'openrouter-* fixtures ("openrouter.ai/settings/credits")',
  },
  {
    id: 'replicate',
    family: 'provider',
    provider: 'replicate',
    hosts: /(?:^|\.)replicate\.(?:com|delivery)$/i,
    words: /\b(?:api\.)?replicate\.com\b/i,
    note: 'replicate-402-insufficient-credit-real ("api.replicate.com")',
  },
  {
    id: 'fal',
    family: 'provider',
    provider: 'fal',
    hosts: /(?:^|\.)fal\.(?:ai|run|media)$/i,
    words: /\bfal\.(?:ai|run|media)\b/i,
    note: 'fal-locked-exhausted-balance ("fal.ai/dashboard/billing")',
  },
  {
    id: 'together',
    family: 'provider',
    provider: 'together',
    hosts: /(?:^|\.)together\.(?:ai|xyz)$/i,
    words: /\b(?:api\.)?together\.(?:xyz|ai)\b|\bTogether AI\b/i,
    note: 'together-* fixtures ("api.together.xyz/settings/billing")',
  },
  {
    id: 'google-vertex',
    family: 'provider',
    provider: 'google-vertex',
    hosts: /(?:^|\.)aiplatform\.googleapis\.com$/i,
    words: /\baiplatform\.googleapis\.com\b|\bVertex AI\b/i,
    note: 'vertex-imagen3-quota ("Quota exceeded for aiplatform.googleapis.com/…")',
  },
  {
    id: 'google-cloud-console-vertex',
    family: 'provider',
    provider: 'google-vertex',
    hosts: /^console\.cloud\.google\.com$/i,
    path: /vertex/i,
    note: 'Vertex AI Studio in the Cloud console',
  },
  {
    id: 'google-gemini-api',
    family: 'provider',
    provider: 'google-gemini-api',
    hosts: /(?:^|\.)(?:aistudio\.google\.com|generativelanguage\.googleapis\.com|ai\.google\.dev)$/i,
    words: /\bgenerativelanguage\.googleapis\.com\b|\bGemini API\b|\bai\.google\.dev\b/i,
    note: 'gemini-* API fixtures; decides the shared "exceeded your current quota" sentence',
  },
  {
    id: 'google-gemini-app',
    family: 'provider',
    provider: 'google-gemini-app',
    hosts: /^gemini\.google\.com$/i,
    note: 'gemini-app-image-limit',
  },
  {
    id: 'stability',
    family: 'provider',
    provider: 'stability',
    hosts: /(?:^|\.)stability\.ai$/i,
    words: /\bstability\.ai\b|\bDreamStudio\b/i,
    note: 'stability-not-enough-balance',
  },
  {
    id: 'bfl',
    family: 'provider',
    provider: 'bfl',
    hosts: /(?:^|\.)bfl\.(?:ai|ml)$/i,
    words: /\bBFL API\b|\bapi\.bfl\.(?:ai|ml)\b/i,
    note: 'bfl-request-moderated ("BFL API Message: …")',
  },
  {
    id: 'volcengine-seedream',
    family: 'provider',
    provider: 'volcengine-seedream',
    hosts: /(?:^|\.)(?:volces\.com|volcengine\.com)$/i,
    words: /\bdoubao-seedream\b|\bvolces\.com\b/i,
    note: 'seedream-output-sensitive (the model id names the service)',
  },
  {
    id: 'zhipu',
    family: 'provider',
    provider: 'zhipu',
    hosts: /(?:^|\.)(?:bigmodel\.cn|zhipuai\.cn)$/i,
    // Zhipu's own documented error sentences (docs.bigmodel.cn: 1302 rate limit, 1312 overload), domain and name.
    words: /您的账户已达到速率限制|请您控制请求频率|该模型当前访问量过大|\bbigmodel\.cn\b|\bzhipu(?:ai)?\b|智谱/i,
    note: 'zhipu-glm-image-429 (the 1302 sentence exactly as Zhipu documents it)',
  },
  {
    id: 'diffusers',
    family: 'provider',
    provider: 'diffusers',
    words: /\bNSFW content was detected in one or more images\b/i,
    note: "diffusers-nsfw-black-image: the Stable Diffusion safety checker's own sentence",
  },
  {
    id: 'azure',
    family: 'azure',
    hosts: /(?:^|\.)(?:ai\.azure\.com|portal\.azure\.com|openai\.azure\.com|cognitiveservices\.azure\.com)$/i,
    words: /\bAzure OpenAI\b|\baka\.ms\/oai|\b\w+ S\d pricing tier\b|\b\w+_Create Operation\b|\.openai\.azure\.com\b/i,
    note: 'azure-* fixtures; the "S0 pricing tier" template names Azure even without a page',
  },
  {
    id: 'openai',
    family: 'openai',
    hosts: /^(?:platform|api)\.openai\.com$/i,
    words: /\b(?:platform|api|help)\.openai\.com\b|\bin organization org-/i,
    quotedWords: /\b(?:platform|api)\.openai\.com\b|\bin organization org-/i,
    note: 'OpenAI API pages and the org-scoped 429 template',
  },
  {
    id: 'chatgpt',
    family: 'chatgpt',
    hosts: /(?:^|\.)(?:chatgpt\.com|chat\.openai\.com)$/i,
    words: /\bchatgpt\.com\b|\bChatGPT (?:Plus|Pro|Team|Business|Enterprise)\b/,
    note: 'cg-* fixtures; "Upgrade to ChatGPT Plus" in app banners',
  },
];

/** Which counter a rate limit names, by owner. First match wins. */
export const RATE_BUCKET_DETAILS: Partial<Record<Owner, { bucket: Bucket; pattern: RegExp }[]>> = {
  'openai-api': [
    { bucket: 'api-enqueued-tokens', pattern: /\benqueued tokens?\b/i },
    { bucket: 'api-input-images', pattern: /\binput[- ]images? per min/i },
    { bucket: 'api-images-per-minute', pattern: /\bimages per min(?:ute)?\b|\(IPM\)|\bIPM\b/ },
    { bucket: 'api-tokens-per-day', pattern: /\btokens per day\b|\(TPD\)|\bTPD\b/ },
    { bucket: 'api-tokens-per-minute', pattern: /\btokens per min(?:ute)?\b|\(TPM\)|\bTPM\b/ },
    { bucket: 'api-requests-per-day', pattern: /\brequests per day\b|\(RPD\)|\bRPD\b/ },
    { bucket: 'api-requests-per-minute', pattern: /\brequests per min(?:ute)?\b|\(RPM\)|\bRPM\b/ },
  ],
  // "call rate" is requests per minute, "token rate" tokens per minute (messages.md, Azure).
  azure: [
    { bucket: 'azure-token-rate', pattern: /\btoken rate limit\b/i },
    { bucket: 'azure-call-rate', pattern: /\bcall rate limit\b/i },
  ],
};

/** "Limit: 0", "limit: 0, model: …", "Limit 0, Used 0": the tier has no access at all (waiting never helps). */
export const LIMIT_ZERO = /\blimit\b[:=]?\s*0(?:\.0+)?(?!\d|[.,]\d)/i;

/** Words that say which app feature an unnamed cap is about. */
export const FEATURE_WORDS: { bucket: Bucket; pattern: RegExp }[] = [
  { bucket: 'app-image-quota', pattern: /\bimages?\b|画像|图片|图像|이미지|ảnh|ภาพ|imágenes/i },
  { bucket: 'app-feature-cap', pattern: /\bdata analysis\b|\buploads?\b|\bdeep research\b|\bvoice\b/i },
  { bucket: 'app-message-cap', pattern: /\bmessages?\b|메시지|消息|メッセージ/i },
];

/** Words that name which quota ran out; RESOURCE_EXHAUSTED without them is Google's shared capacity. */
export const NAMED_QUOTA = /\bexceeded your current quota\b|\bquota exceeded for\b/i;

/** Google quota ids and metrics: per minute is a rate, per day a daily quota. */
export const QUOTA_PER_MINUTE = /per[ _-]?minute|PerMinute|_per_min\b|requests?_per_/i;
export const QUOTA_PER_DAY = /per[ _-]?day|PerDay|daily/i;

/** Why a provider locked an account: balance reasons are fixed with billing. */
export const LOCK_FOR_BALANCE = /\b(?:top[ _-]?up|balance|credits?|payment|billing)\b/i;

/** Feature names in ChatGPT's blocked_features / limits_progress that mean image generation. */
export const IMAGE_FEATURE = /^(?:image_gen|image_generation|dalle|t2i)/i;

/** The image tool's author name (obfuscated t2uay3k.sj1i4kz, older dalle.text2im). */
export const IMAGE_TOOL = /image_gen|dalle|t2uay3k|text2im/i;

/** A tool text saying it cannot run because of a limit (docs/chatgpt-protocol.md §5). */
export const TOOL_RATE_LIMIT_EXCEPTION = /RateLimitException$/;
