using System.Text.Json.Serialization;

namespace KnowledgePay.Infrastructure.WeChat.Pay;

/// <summary>
/// The <c>resource</c> of a notification or an <c>encrypt_certificate</c> (https://pay.weixin.qq.com/docs/merchant/development/interface-rules/certificate-callback-decryption.html), as sent. Parsed
/// from an unauthenticated body, so any member may turn out null.
/// </summary>
public sealed record EncryptedResource(
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("ciphertext")] string Ciphertext,
    [property: JsonPropertyName("nonce")] string Nonce,
    [property: JsonPropertyName("associated_data")] string? AssociatedData,
    [property: JsonPropertyName("original_type")] string? OriginalType = null);
