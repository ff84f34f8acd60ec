// Renders a tdesign component's text and children so page tests see what the learner reads. A tap is caught and
// passed on once as tap and click, as t-button (catch:tap → tap) and t-cell (→ click) do.
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
    onTap(event) {
      if (!this.data.disabled) {
        this.triggerEvent('tap', event.detail);
        this.triggerEvent('click', event.detail);
      }
    },
  },
});
