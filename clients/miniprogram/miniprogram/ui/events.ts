/** A tap on an element whose data-* attributes are `Dataset` (read from event.currentTarget.dataset). */
export type TapEvent<Dataset extends object> = WechatMiniprogram.CustomEvent<WechatMiniprogram.IAnyObject, WechatMiniprogram.IAnyObject, Dataset>;
