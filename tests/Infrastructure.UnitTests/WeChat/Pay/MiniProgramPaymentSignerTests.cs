using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class MiniProgramPaymentSignerTests
{
    private const string AppId = "wx1234567890abcdef";
    private const string PrepayId = "wx01000000000000000000000000000000";

    // printf 'wx1234567890abcdef\n1767225600\n593BEC0C930BF1AFEB40B4A08C8FB242\nprepay_id=wx01000000000000000000000000000000\n'
    //   | openssl dgst -sha256 -sign Fixtures/test-only-merchant-apiclient_key.pem | base64 -w0
    private const string OpenSslPaySign =
        "qHOBFKMwq9rGuVxvkIeRc6VPe/hTmQKb8VqRjKQXUIfymyaAatvIWquqd3chQHwRoKXbMIuUj8vAg2z/AtjLkWp37eCzoDnRGtjFOiivnI4O"
        + "kS/5Mva+cGsuM6CmYY/L93Sfqs06MffsQgTDAIA9yxDCatVy8cwq/APMCU/wmi3hroCaNchPybGdRsDk+bHip02rmrIcNY3PHKwZ7qBXdtM+"
        + "UJQInaxlmPQZPpMyKvpYaQeBwwcpLHLfy10Cx0OCLeE8nFC7/7CKiqwpGkfW89Rsu0uET3GhXUiBLCztlcKYILWt0knTgg1ci1QGePElW/Pl"
        + "DczFGKEy0fnnADOOrg==";

    private readonly MiniProgramPaymentSigner _signer = new(TestKeys.Merchant(), new FixedClock(TestKeys.Now));

    [Fact]
    public void PaySignMessageIsFourNewlineTerminatedLines()
    {
        var message = MiniProgramPaymentSigner.PaySignMessage(AppId, "1767225600", TestKeys.Nonce, $"prepay_id={PrepayId}");

        Assert.Equal(
            "wx1234567890abcdef\n1767225600\n593BEC0C930BF1AFEB40B4A08C8FB242\nprepay_id=wx01000000000000000000000000000000\n",
            message);
    }

    [Fact]
    public void ParametersCarryThePackageAndAPaySignMatchingOpenSsl()
    {
        var parameters = _signer.Sign(AppId, PrepayId, TestKeys.Timestamp, TestKeys.Nonce);

        Assert.Equal(
            new JsapiPaymentParameters(
                AppId, "1767225600", TestKeys.Nonce, $"prepay_id={PrepayId}", "RSA", OpenSslPaySign),
            parameters);
    }

    [Fact]
    public void SignsNowInSecondsWithAFreshNonceVerifiableByTheMerchantCertificate()
    {
        var parameters = _signer.Sign(AppId, PrepayId);

        Assert.Equal("1767225600", parameters.TimeStamp);
        Assert.Matches("^[0-9A-F]{32}$", parameters.NonceStr);
        var message = MiniProgramPaymentSigner.PaySignMessage(AppId, parameters.TimeStamp, parameters.NonceStr, parameters.Package);
        Assert.True(TestKeys.IsMerchantSignature(message, parameters.PaySign));
    }
}
