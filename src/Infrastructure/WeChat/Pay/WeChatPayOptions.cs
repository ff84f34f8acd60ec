using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// Section <c>WeChatPay</c>: where the API is, where notifications go, and the merchant's key material
/// (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/introduction.html,
/// https://pay.weixin.qq.com/doc/v3/merchant/4012154180). Key values accept PEM text or the path of a PEM file,
/// so an operator can drop in the files downloaded from the merchant portal. Validation messages name the setting, never its value.
/// Every call may be repeated with the same parameters after no answer
/// (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/basic-rules.html).
/// </summary>
public sealed class WeChatPayOptions : WeChatHttpSettings, IValidatableObject
{
    public const string SectionName = "WeChatPay";

    /// <summary>May carry a path prefix (the embedded simulator); requests are signed with the path actually sent.</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.mch.weixin.qq.com/");

    /// <summary>Where WeChat Pay posts payment and refund notifications: HTTPS, no query string (https://pay.weixin.qq.com/docs/merchant/apis/mini-program-payment/mini-prepay.html).</summary>
    [Required]
    public Uri? NotifyUrl { get; set; }

    /// <summary>Certificate mode: how often the platform certificates are downloaded, to learn of a rotation early.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CertificateRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Certificate mode: the least time between two downloads caused by a serial we do not know.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan UnknownSerialRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    [Required]
    public string MchId { get; set; } = string.Empty;

    /// <summary>Serial of the merchant API certificate (<c>apiclient_cert.pem</c>), sent as <c>serial_no</c>.</summary>
    [Required]
    [RegularExpression("^[0-9A-Fa-f]+$", ErrorMessage = "MerchantCertificateSerial must be hexadecimal.")]
    public string MerchantCertificateSerial { get; set; } = string.Empty;

    /// <summary>The merchant API private key (<c>apiclient_key.pem</c>, PKCS#8) as PEM text or a file path.</summary>
    [Required]
    public string MerchantPrivateKey { get; set; } = string.Empty;

    [Required]
    public string ApiV3Key { get; set; } = string.Empty;

    /// <summary>Platform certificates (certificate mode), each PEM text or a file path; one entry may hold several.</summary>
    public List<string> PlatformCertificates { get; set; } = [];

    /// <summary>The WeChat Pay public key (public-key mode) as PEM text or a file path, with its id below.</summary>
    public string? PlatformPublicKey { get; set; }

    /// <summary><c>PUB_KEY_ID_…</c>, the <c>Wechatpay-Serial</c> of responses signed with <see cref="PlatformPublicKey"/>.</summary>
    public string? PlatformPublicKeyId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Pay.ApiV3Key.IsWellFormed(ApiV3Key))
        {
            yield return new ValidationResult(
                $"ApiV3Key must be {Pay.ApiV3Key.Length} ASCII characters.", [nameof(ApiV3Key)]);
        }

        if (NotifyUrl is not null && !IsReachableNotifyUrl(NotifyUrl))
        {
            yield return new ValidationResult(
                "NotifyUrl must be an absolute HTTPS URL without a query string (HTTP only for loopback).", [nameof(NotifyUrl)]);
        }

        var hasPublicKey = !string.IsNullOrWhiteSpace(PlatformPublicKey);
        var hasPublicKeyId = !string.IsNullOrWhiteSpace(PlatformPublicKeyId);
        if (hasPublicKey != hasPublicKeyId)
        {
            yield return new ValidationResult(
                "PlatformPublicKey and PlatformPublicKeyId go together.", [nameof(PlatformPublicKey), nameof(PlatformPublicKeyId)]);
        }
        else if (hasPublicKeyId && !PlatformPublicKeyId!.StartsWith(PlatformVerificationKeys.PublicKeyIdPrefix, StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                $"PlatformPublicKeyId must start with {PlatformVerificationKeys.PublicKeyIdPrefix}.", [nameof(PlatformPublicKeyId)]);
        }

        if (!hasPublicKey && !PlatformCertificates.Exists(c => !string.IsNullOrWhiteSpace(c)))
        {
            yield return new ValidationResult(
                "Configure PlatformCertificates or PlatformPublicKey to verify WeChat Pay signatures.",
                [nameof(PlatformCertificates), nameof(PlatformPublicKey)]);
        }
    }

    private static bool IsReachableNotifyUrl(Uri url) =>
        url.IsAbsoluteUri
        && url.Query.Length == 0
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
}
