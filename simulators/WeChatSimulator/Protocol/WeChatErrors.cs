namespace KnowledgePay.WeChatSimulator.Protocol;

/// <summary>The platform error codes the login APIs answer with (listed on each API's page, e.g. https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html).</summary>
internal static class WeChatErrors
{
    public static readonly WeChatError SystemBusy = new(-1, "system error");
    public static readonly WeChatError InvalidCredential =
        new(40001, "invalid credential, access_token is invalid or not latest");
    public static readonly WeChatError InvalidGrantType = new(40002, "invalid grant_type");
    public static readonly WeChatError InvalidOpenId = new(40003, "invalid openid");
    public static readonly WeChatError InvalidAppId = new(40013, "invalid appid");
    public static readonly WeChatError InvalidCode = new(40029, "invalid code");
    public static readonly WeChatError InvalidAppSecret = new(40125, "invalid appsecret");
    public static readonly WeChatError RiskyUser = new(40226, "high risk user");
    public static readonly WeChatError AccessTokenMissing = new(41001, "access_token missing");
    public static readonly WeChatError AppIdMissing = new(41002, "appid missing");
    public static readonly WeChatError AppSecretMissing = new(41004, "appsecret missing");
    public static readonly WeChatError CodeMissing = new(41008, "missing code");
    public static readonly WeChatError DailyQuotaReached = new(45009, "reach max api daily quota limit");
    public static readonly WeChatError MinuteQuotaReached =
        new(45011, "api minute-quota reach limit mustslower retry next minute");
    public static readonly WeChatError DataFormatError = new(47001, "data format error");
    public static readonly WeChatError InvalidSignature = new(87009, "invalid signature");

    /// <summary>getwxacodeunlimit: env_version or width out of range [U].</summary>
    public static readonly WeChatError InvalidArgs = new(40097, "invalid args");

    /// <summary>getwxacodeunlimit: a scene character outside the allowed set.</summary>
    public static readonly WeChatError InvalidScene = new(40129, "invalid scene");

    /// <summary>getwxacodeunlimit: the scene is empty or longer than 32 characters.</summary>
    public static readonly WeChatError InvalidSceneLength = new(40169, "invalid length for scene, or the data is not json string");

    /// <summary>getwxacodeunlimit: the page has a leading slash or a query, or the released mini program lacks it.</summary>
    public static readonly WeChatError InvalidPage = new(41030, "invalid page");

    /// <summary>subscribeMessage.send: the template id is empty or not one of the mini program's templates.</summary>
    public static readonly WeChatError InvalidTemplateId = new(40037, "invalid template_id");

    /// <summary>subscribeMessage.send: the user accepted no message of the template (or switched it off).</summary>
    public static readonly WeChatError UserRefused = new(43101, "user refuse to accept the msg");

    /// <summary>upload_shipping_info: the transaction is unknown or unpaid (支付单不存在) [U].</summary>
    public static readonly WeChatError PaymentNotFound = new(10060001, "payment order not exist");

    /// <summary>upload_shipping_info: upload_time is not RFC 3339 [U].</summary>
    public static readonly WeChatError InvalidUploadTime = new(268485216, "upload_time invalid, use RFC 3339");

    private static Dictionary<int, WeChatError> ByCode { get; } = new[]
    {
        SystemBusy, InvalidCredential, InvalidGrantType, InvalidOpenId, InvalidAppId, InvalidCode, InvalidAppSecret,
        RiskyUser, AccessTokenMissing, AppIdMissing, AppSecretMissing, CodeMissing, DailyQuotaReached,
        MinuteQuotaReached, DataFormatError, InvalidSignature, PaymentNotFound, InvalidUploadTime, InvalidArgs, InvalidScene,
        InvalidSceneLength, InvalidPage, InvalidTemplateId, UserRefused,
    }.ToDictionary(error => error.ErrCode);

    /// <summary>subscribeMessage.send: a data value is missing or breaks its key type's rule; errmsg names the field.</summary>
    public static WeChatError ArgumentInvalid(string key, string problem) => new(47003, $"argument invalid! data.{key}.value {problem}");

    public static WeChatError? FromCode(int errCode) => ByCode.GetValueOrDefault(errCode);
}
