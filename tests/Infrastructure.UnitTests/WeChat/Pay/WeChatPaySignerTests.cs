using System.Text.RegularExpressions;
using KnowledgePay.Infrastructure.WeChat.Pay;

namespace KnowledgePay.Infrastructure.UnitTests.WeChat.Pay;

public sealed class WeChatPaySignerTests
{
    private const string Path = "/v3/pay/transactions/jsapi";
    private const string Body = """{"mchid":"1900000001","out_trade_no":"KP202601010001","amount":{"total":4900,"currency":"CNY"}}""";

    // printf 'POST\n/v3/pay/transactions/jsapi\n1767225600\n593BEC0C930BF1AFEB40B4A08C8FB242\n<Body>\n'
    //   | openssl dgst -sha256 -sign Fixtures/test-only-merchant-apiclient_key.pem | base64 -w0
    private const string OpenSslSignature =
        "HlH/oSO0rz9plEjq/PzrC/7TMCIqU87f9AUvduew8zK50T/f4kYI3NYpytBOjtPChKZUUZG4ABj2aha0d2Vh2cUKMFNjvhTqhLkNJ/W5DYDQ"
        + "EeVfs0C1aTL9KGzfHX5nBgIsAYTg9eQGnf/Amo82At6Zb9i//fwOr5YX9P8EG2bG4ZikS/UDZHdUqdW0Qu8uEP8fO3SzKba1D5FtlMLFyT4O"
        + "GRTehi1taFkvsxRZiYWrrubWGfGVIfcYXzzXW4B0raX7C2SdGpPOp3J32Fxq5qmyNoV8asyFi2tWNU6TqARymYf3hIWksor7UjXomCoh/JpG"
        + "Qp+csyzEtb1AP+da2g==";

    private readonly WeChatPaySigner _signer = new(TestKeys.Merchant(), new FixedClock(TestKeys.Now));

    [Fact]
    public void RequestMessageEndsEveryLineWithNewline()
    {
        var message = WeChatPaySigner.RequestMessage("POST", Path, "1767225600", TestKeys.Nonce, Body);

        Assert.Equal(
            "POST\n/v3/pay/transactions/jsapi\n1767225600\n593BEC0C930BF1AFEB40B4A08C8FB242\n" + Body + "\n", message);
    }

    [Fact]
    public void RequestMessageKeepsQueryAndEmptyBodyForGet()
    {
        var message = WeChatPaySigner.RequestMessage(
            "GET", "/v3/pay/transactions/out-trade-no/KP202601010001?mchid=1900000001", "1767225600", TestKeys.Nonce, "");

        Assert.Equal(
            "GET\n/v3/pay/transactions/out-trade-no/KP202601010001?mchid=1900000001\n1767225600\n"
            + "593BEC0C930BF1AFEB40B4A08C8FB242\n\n",
            message);
    }

    [Fact]
    public void SignatureMatchesOpenSslForTheSameMessage()
    {
        var message = WeChatPaySigner.RequestMessage("POST", Path, "1767225600", TestKeys.Nonce, Body);

        Assert.Equal(OpenSslSignature, TestKeys.Merchant().Sign(message));
    }

    [Fact]
    public void AuthorizationListsQuotedFieldsAfterTheScheme()
    {
        var authorization = _signer.Authorize("POST", Path, Body, TestKeys.Timestamp, TestKeys.Nonce);

        Assert.Equal(
            "WECHATPAY2-SHA256-RSA2048 mchid=\"1900000001\",nonce_str=\"593BEC0C930BF1AFEB40B4A08C8FB242\","
            + $"signature=\"{OpenSslSignature}\",timestamp=\"1767225600\",serial_no=\"DE7740D8A013C731A6DC8852689619D063BEB232\"",
            authorization);
    }

    [Fact]
    public void AuthorizationUsesClockSecondsAndAFreshNonceThatTheSignatureCovers()
    {
        var first = Fields(_signer.Authorize("GET", "/v3/certificates", ""));
        var second = Fields(_signer.Authorize("GET", "/v3/certificates", ""));

        Assert.Equal("1767225600", first["timestamp"]);
        Assert.Matches("^[0-9A-F]{32}$", first["nonce_str"]);
        Assert.NotEqual(first["nonce_str"], second["nonce_str"]);
        var message = WeChatPaySigner.RequestMessage("GET", "/v3/certificates", first["timestamp"], first["nonce_str"], "");
        Assert.True(TestKeys.IsMerchantSignature(message, first["signature"]));
    }

    private static Dictionary<string, string> Fields(string authorization) =>
        Regex.Matches(authorization, "([a-z_]+)=\"([^\"]*)\"").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
}
