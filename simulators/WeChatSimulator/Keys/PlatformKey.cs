using System.Security.Cryptography;

namespace KnowledgePay.WeChatSimulator.Keys;

/// <summary>
/// One WeChat Pay signing key: a platform certificate (hex serial) or the WeChat Pay public key (<c>PUB_KEY_ID_…</c>).
/// <see cref="PublicPem"/> is what the merchant gets; <see cref="PrivateKeyPem"/> never leaves the simulator.
/// </summary>
public sealed record PlatformKey(
    string Serial,
    PlatformKeyMode Kind,
    string PublicPem,
    string PrivateKeyPem,
    DateTimeOffset EffectiveFrom,
    DateTimeOffset ExpiresAt)
{
    /// <summary>Names the key without printing the private key.</summary>
    public override string ToString() => $"PlatformKey {{ Serial = {Serial}, Kind = {Kind}, EffectiveFrom = {EffectiveFrom:O} }}";

    internal RSA CreateSigner()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(PrivateKeyPem);
        return rsa;
    }
}
