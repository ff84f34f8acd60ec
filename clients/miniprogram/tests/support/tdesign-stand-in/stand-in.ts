// Renders a tdesign component's text and children so page tests see what the learner reads; a tap comes out once, as
// tap and click (t-button catches the native tap and triggers its own, as this does).
// TypeScript, not .js: in this "type": "module" package Node would load a .js stand-in as an ES module, which runs
// once per test file, so a second render would find no stand-in registered.
Component({
  options: { multipleSlots: true },
  properties: {
    title: { type: String, value: '' },
    label: { type: String, value: '' },
    content: { type: String, value: '' },
    text: { type: String, value: '' },
    note: { type: String, value: '' },
    description: { type: String, value: '' },
    disabled: { type: Boolean, value: false },
  },
  methods: {
    onTap(event: WechatMiniprogram.TouchEvent) {
      if (!this.data.disabled) {
        this.triggerEvent('tap', event.detail);
        this.triggerEvent('click', event.detail);
      }
    },
  },
});
