using System.Security.Cryptography;
using KnowledgePay.WeChatSimulator.Keys;

namespace KnowledgePay.WeChatSimulator.Protocol.Pay;

/// <summary>A platform private key with the serial that names it in <c>Wechatpay-Serial</c>.</summary>
internal sealed class SigningKey(PlatformKey key)
{
    private readonly RSA _rsa = key.CreateSigner();

    public string Serial => key.Serial;

    public PlatformKey Key => key;

    /// <summary>Base64 of SHA256withRSA (PKCS#1 v1.5).</summary>
    public string Sign(byte[] message) =>
        Convert.ToBase64String(_rsa.SignData(message, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
}
