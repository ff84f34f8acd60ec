namespace KnowledgePay.WeChatSimulator.Notifications;

/// <summary>WeChat's waits between notification attempts (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/payment-notice.html): about 24 h 4 min in all.</summary>
internal static class RetrySchedule
{
    public static readonly TimeSpan[] Waits =
    [
        TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3),
        TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30),
        TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(60), TimeSpan.FromHours(3), TimeSpan.FromHours(3),
        TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(6),
    ];
}
