using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class WeChatPaySignatureVerifierTests
{
    private const string Timestamp = "1767225600";
    private const string Nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"prepay_id":"wx01000000000000000000000000000000","note":"支付"}""");

    private readonly WeChatPaySignatureVerifier _verifier = Verifier(TestKeys.Now);

    [Fact]
    public void ResponseMessageIsThreeNewlineTerminatedLinesOverTheRawBytes()
    {
        var message = WeChatPaySignatureVerifier.ResponseMessage(Timestamp, Nonce, Body);

        Assert.Equal([.. Encoding.UTF8.GetBytes($"{Timestamp}\n{Nonce}\n"), .. Body, (byte)'\n'], message);
    }

    [Fact]
    public void ResponseMessageForAnEmptyBodyEndsWithAnEmptyLine()
    {
        var message = WeChatPaySignatureVerifier.ResponseMessage(Timestamp, Nonce, []);

        Assert.Equal(Encoding.UTF8.GetBytes($"{Timestamp}\n{Nonce}\n\n"), message);
    }

    [Fact]
    public void ValidWhenSignedWithThePlatformCertificateKey()
    {
        var headers = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), TestKeys.PlatformCertificateSerial, Body);

        Assert.Equal(SignatureVerification.Valid, _verifier.Verify(headers, Body));
    }

    [Fact]
    public void ValidWhenAnEmptyBodyIsSignedWithTheWeChatPayPublicKey()
    {
        var headers = SignedHeaders(TestKeys.PublicKeyModePrivateKey(), TestKeys.PublicKeyId, []);

        Assert.Equal(SignatureVerification.Valid, _verifier.Verify(headers, []));
    }

    [Fact]
    public void InvalidSignatureWhenOneBodyByteIsTampered()
    {
        var headers = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), TestKeys.PlatformCertificateSerial, Body);
        var tampered = Body.ToArray();
        tampered[^2] ^= 0x01;

        Assert.Equal(SignatureVerification.InvalidSignature, _verifier.Verify(headers, tampered));
    }

    [Fact]
    public void InvalidSignatureWhenTheSerialNamesAnotherKnownKey()
    {
        var headers = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), TestKeys.PublicKeyId, Body);

        Assert.Equal(SignatureVerification.InvalidSignature, _verifier.Verify(headers, Body));
    }

    [Fact]
    public void UnknownSerialWhenNoConfiguredKeyHasIt()
    {
        var headers = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), "5157F09EFDC096DE15EBE81A47057A7232F1B8E1", Body);

        Assert.Equal(SignatureVerification.UnknownSerial, _verifier.Verify(headers, Body));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void StaleTimestampWhenMoreThanFiveMinutesFromTheClock(int skewSeconds)
    {
        var headers = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), TestKeys.PlatformCertificateSerial, Body);

        Assert.Equal(SignatureVerification.StaleTimestamp, Verifier(TestKeys.Now.AddSeconds(skewSeconds)).Verify(headers, Body));
    }

    [Theory]
    [InlineData(-299)]
    [InlineData(299)]
    [InlineData(300)]
    public void ValidWhenWithinFiveMinutesOfTheClock(int skewSeconds)
    {
        var headers = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), TestKeys.PlatformCertificateSerial, Body);

        Assert.Equal(SignatureVerification.Valid, Verifier(TestKeys.Now.AddSeconds(skewSeconds)).Verify(headers, Body));
    }

    [Fact]
    public void ProbeWhenTheSignatureCarriesTheSignTestPrefix()
    {
        var signed = SignedHeaders(TestKeys.PlatformCertificatePrivateKey(), TestKeys.PlatformCertificateSerial, Body);
        var probe = signed with { Signature = "WECHATPAY/SIGNTEST/" + signed.Signature };

        Assert.Equal(SignatureVerification.Probe, _verifier.Verify(probe, Body));
    }

    [Theory]
    [InlineData(null, Nonce, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial)]
    [InlineData(Timestamp, null, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial)]
    [InlineData(Timestamp, Nonce, null, TestKeys.PlatformCertificateSerial)]
    [InlineData(Timestamp, Nonce, "c2lnbmF0dXJl", null)]
    [InlineData("", Nonce, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial)]
    [InlineData("17672256OO", Nonce, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial)]
    [InlineData("+1767225600", Nonce, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial)]
    [InlineData("99999999999999999999", Nonce, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial)]
    [InlineData(Timestamp, Nonce, "not base64!", TestKeys.PlatformCertificateSerial)]
    public void MalformedWhenAHeaderIsMissingOrUnreadable(string? timestamp, string? nonce, string? signature, string? serial)
    {
        var headers = new WeChatPaySignatureHeaders(timestamp, nonce, signature, serial);

        Assert.Equal(SignatureVerification.Malformed, _verifier.Verify(headers, Body));
    }

    [Fact]
    public void InvalidSignatureWhenTheSignatureHasTheWrongLength()
    {
        var headers = new WeChatPaySignatureHeaders(Timestamp, Nonce, "c2lnbmF0dXJl", TestKeys.PlatformCertificateSerial);

        Assert.Equal(SignatureVerification.InvalidSignature, _verifier.Verify(headers, Body));
    }

    private static WeChatPaySignatureVerifier Verifier(DateTimeOffset now) =>
        new(TestKeys.Merchant().PlatformKeys, new FixedClock(now));

    private static WeChatPaySignatureHeaders SignedHeaders(RSA key, string serial, byte[] body)
    {
        var signature = key.SignData(
            WeChatPaySignatureVerifier.ResponseMessage(Timestamp, Nonce, body), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return new WeChatPaySignatureHeaders(Timestamp, Nonce, Convert.ToBase64String(signature), serial);
    }
}
