/** Asks the learner to confirm something they cannot undo; resolves true only when they tap the confirm button. */
export function confirmWith(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  return new Promise((resolve) => {
    wx.showModal({
      title,
      content,
      confirmText,
      cancelText: '再想想',
      success: (result) => resolve(result.confirm),
      fail: () => resolve(false),
    });
  });
}
