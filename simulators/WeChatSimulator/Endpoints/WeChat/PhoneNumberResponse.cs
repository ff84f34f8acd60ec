using System.Text.Json.Serialization;

namespace KnowledgePay.WeChatSimulator.Endpoints.WeChat;

internal sealed record PhoneNumberResponse(
    [property: JsonPropertyName("errcode")] int ErrCode,
    [property: JsonPropertyName("errmsg")] string ErrMsg,
    [property: JsonPropertyName("phone_info")] PhoneInfo PhoneInfo);

/// <summary>phoneNumber carries the country code only for numbers outside mainland China, so it equals purePhoneNumber here.</summary>
internal sealed record PhoneInfo(
    [property: JsonPropertyName("phoneNumber")] string PhoneNumber,
    [property: JsonPropertyName("purePhoneNumber")] string PurePhoneNumber,
    [property: JsonPropertyName("countryCode")] string CountryCode,
    [property: JsonPropertyName("watermark")] Watermark Watermark);

internal sealed record Watermark(
    [property: JsonPropertyName("timestamp")] long Timestamp,
    [property: JsonPropertyName("appid")] string AppId);
