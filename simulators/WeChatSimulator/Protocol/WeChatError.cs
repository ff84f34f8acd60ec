using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Protocol;

internal sealed record WeChatError(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string ErrMsg);
