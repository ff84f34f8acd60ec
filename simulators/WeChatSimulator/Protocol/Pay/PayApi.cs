namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>WeChat Pay v3 API names: keys of the call log and targets of API faults.</summary>
internal static class PayApi
{
    public const string Jsapi = "payJsapi";
    public const string QueryByOutTradeNo = "payQueryByOutTradeNo";
    public const string QueryById = "payQueryById";
    public const string Close = "payClose";
    public const string Refund = "refundCreate";
    public const string QueryRefund = "refundQuery";
    public const string Certificates = "certificates";

    public static readonly string[] All = [Jsapi, QueryByOutTradeNo, QueryById, Close, Refund, QueryRefund, Certificates];
}
