using System.Security.Cryptography;
using System.Text;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class AeadAes256GcmDecryptorTests
{
    private const string Nonce = "0123456789ab";
    private const string AssociatedData = "transaction";
    private const string Plaintext = """{"out_trade_no":"KP202601010001","trade_state":"SUCCESS","amount":{"total":4900,"currency":"CNY"}}""";

    // Python: base64(AESGCM(b"TestOnlyApiV3Key0123456789abcdef").encrypt(b"0123456789ab", Plaintext, b"transaction"))
    private const string Ciphertext =
        "+OVTu/uquibYActAEnMWoPvuzT4IKlOGBvzoAE9FThYYFOyGfxji735pr29m3TGjOgTRxCxBnokkC2BANPKrSWiEc0MkAAghk0YifjfoQ86Q"
        + "F4djwnTOlWABf8BVaS5f1ggZYnPo6BSXwZZ131ftDVt7";

    private readonly AeadAes256GcmDecryptor _decryptor = new(ApiV3Key.FromText(TestKeys.ApiV3Key));

    [Fact]
    public void VectorIsWhatAesGcmProducesWithTheTagAppended()
    {
        var plaintext = Encoding.UTF8.GetBytes(Plaintext);
        var sealedBytes = new byte[plaintext.Length + 16];
        using var aes = new AesGcm(Encoding.ASCII.GetBytes(TestKeys.ApiV3Key), 16);

        aes.Encrypt(Encoding.UTF8.GetBytes(Nonce), plaintext, sealedBytes.AsSpan(0, plaintext.Length),
            sealedBytes.AsSpan(plaintext.Length), Encoding.UTF8.GetBytes(AssociatedData));

        Assert.Equal(Ciphertext, Convert.ToBase64String(sealedBytes));
    }

    [Fact]
    public void DecryptsTheKnownVector()
    {
        var result = _decryptor.Decrypt(Resource());

        Assert.Equal(ResourceDecryptionStatus.Decrypted, result.Status);
        Assert.Equal(Plaintext, Encoding.UTF8.GetString(result.Plaintext));
    }

    [Fact]
    public void AuthenticationFailsWithAnotherApiV3Key()
    {
        var decryptor = new AeadAes256GcmDecryptor(ApiV3Key.FromText("AnotherApiV3Key0123456789abcdef!"));

        var result = decryptor.Decrypt(Resource());

        Assert.Equal(ResourceDecryptionStatus.AuthenticationFailed, result.Status);
        Assert.Empty(result.Plaintext);
    }

    [Fact]
    public void AuthenticationFailsWhenATagBitIsFlipped()
    {
        var sealedBytes = Convert.FromBase64String(Ciphertext);
        sealedBytes[^1] ^= 0x80;

        var result = _decryptor.Decrypt(Resource() with { Ciphertext = Convert.ToBase64String(sealedBytes) });

        Assert.Equal(ResourceDecryptionStatus.AuthenticationFailed, result.Status);
    }

    [Fact]
    public void AuthenticationFailsWhenTheAssociatedDataDiffers()
    {
        var result = _decryptor.Decrypt(Resource() with { AssociatedData = "certificate" });

        Assert.Equal(ResourceDecryptionStatus.AuthenticationFailed, result.Status);
    }

    [Fact]
    public void RefusesAnotherAlgorithm()
    {
        var result = _decryptor.Decrypt(Resource() with { Algorithm = "AEAD_AES_128_GCM" });

        Assert.Equal(ResourceDecryptionStatus.UnsupportedAlgorithm, result.Status);
    }

    [Theory]
    [InlineData("0123456789a", Ciphertext)]
    [InlineData(null, Ciphertext)]
    [InlineData(Nonce, "not base64!")]
    [InlineData(Nonce, "c2hvcnQ=")]
    [InlineData(Nonce, null)]
    public void MalformedWhenNonceOrCiphertextIsUnusable(string? nonce, string? ciphertext)
    {
        var result = _decryptor.Decrypt(Resource() with { Nonce = nonce!, Ciphertext = ciphertext! });

        Assert.Equal(ResourceDecryptionStatus.Malformed, result.Status);
    }

    private static EncryptedResource Resource() =>
        new(AeadAes256GcmDecryptor.Algorithm, Ciphertext, Nonce, AssociatedData, "transaction");
}
