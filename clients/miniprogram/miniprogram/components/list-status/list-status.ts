// The foot of a paged list: loading, the end, nothing found, or a failed page with a way to try again.
Component({
  properties: {
    loading: { type: Boolean, value: false },
    hasMore: { type: Boolean, value: true },
    failed: { type: Boolean, value: false },
    count: { type: Number, value: 0 },
    emptyText: { type: String, value: '暂无内容' },
  },
  methods: {
    onRetry() {
      this.triggerEvent('retry');
    },
  },
});
