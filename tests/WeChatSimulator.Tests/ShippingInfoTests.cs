using System.Net.Http.Json;
using System.Text.Json;
using KnowledgePay.WeChatSimulator.Tests.Support;

namespace KnowledgePay.WeChatSimulator.Tests;

/// <summary><c>POST /wxa/sec/order/upload_shipping_info</c> and <c>GET /__sim/shipping</c>.</summary>
public sealed class ShippingInfoTests : IAsyncLifetime
{
    private PaySimulator _sim = null!;
    private string _accessToken = null!;

    public async Task InitializeAsync()
    {
        _sim = await PaySimulator.StartAsync();
        _accessToken = await _sim.Host.AccessTokenAsync();
    }

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Fact]
    public async Task RecordsTheShippingOfAPaidTransactionForItsPayer()
    {
        var transactionId = await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var response = await UploadAsync(Body(transactionId, _sim.OpenId));

        Assert.Equal(0, SimulatorHost.ErrCode(response));
        var upload = Assert.Single(await UploadsAsync());
        Assert.Equal(transactionId, upload.GetProperty("transactionId").GetString());
        Assert.Equal(_sim.OpenId, upload.GetProperty("payerOpenId").GetString());
        Assert.Equal(3, upload.GetProperty("logisticsType").GetInt32());
        Assert.Equal(["前端进阶"], upload.GetProperty("itemDescriptions").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task RefusesATransactionIdItNeverPaid()
    {
        await _sim.PlaceOrderAsync(PaySimulator.NewOutTradeNo());

        var unknown = await UploadAsync(Body("4200000000000000000000000001", _sim.OpenId));

        Assert.Equal(10060001, SimulatorHost.ErrCode(unknown));
        Assert.Empty(await UploadsAsync());
    }

    [Fact]
    public async Task RefusesAnotherUserAsPayer()
    {
        var transactionId = await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var response = await UploadAsync(Body(transactionId, "o_someone_else"));

        Assert.Equal(40003, SimulatorHost.ErrCode(response));
        Assert.Empty(await UploadsAsync());
    }

    [Theory]
    [InlineData("2026-12-02 10:00:00")]
    [InlineData("2026-12-02T10:00:00")]
    [InlineData("yesterday")]
    public async Task RefusesAnUploadTimeThatIsNotRfc3339(string uploadTime)
    {
        var transactionId = await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var response = await UploadAsync(Body(transactionId, _sim.OpenId, uploadTime: uploadTime));

        Assert.Equal(268485216, SimulatorHost.ErrCode(response));
    }

    [Fact]
    public async Task RefusesMissingFieldsAndCourierDetailsOnVirtualGoods()
    {
        var transactionId = await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var noItems = await UploadAsync(Body(transactionId, _sim.OpenId) with { shipping_list = [] });
        var courier = await UploadAsync(Body(transactionId, _sim.OpenId) with
        {
            shipping_list = [new { tracking_no = "SF1234", express_company = "SF", item_desc = "x" }],
        });
        var byOutTradeNo = await UploadAsync(Body(transactionId, _sim.OpenId) with
        {
            order_key = new { order_number_type = 1, transaction_id = transactionId },
        });

        Assert.Equal([47001, 47001, 47001], new[] { noItems, courier, byOutTradeNo }.Select(SimulatorHost.ErrCode));
        Assert.Empty(await UploadsAsync());
    }

    [Fact]
    public async Task RefusesAMissingOrInvalidAccessToken()
    {
        var transactionId = await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());

        var missing = await UploadAsync(Body(transactionId, _sim.OpenId), accessToken: null);
        var invalid = await UploadAsync(Body(transactionId, _sim.OpenId), accessToken: "not-a-token");

        Assert.Equal(41001, SimulatorHost.ErrCode(missing));
        Assert.Equal(40001, SimulatorHost.ErrCode(invalid));
    }

    [Fact]
    public async Task AnswersSystemBusyForTheArmedNumberOfUploadsThenAccepts()
    {
        var transactionId = await _sim.PaidOrderAsync(PaySimulator.NewOutTradeNo());
        await _sim.Host.ArmFaultAsync("uploadShippingInfo", -1, count: 2);

        var answers = new List<int>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            answers.Add(SimulatorHost.ErrCode(await UploadAsync(Body(transactionId, _sim.OpenId))));
        }

        Assert.Equal([-1, -1, 0], answers);
        Assert.Single(await UploadsAsync());
    }

    private static ShippingBody Body(string transactionId, string openId, string uploadTime = "2026-12-02T18:30:00.120+08:00") => new(
        new { order_number_type = 2, transaction_id = transactionId },
        3,
        1,
        [new { item_desc = "前端进阶" }],
        uploadTime,
        new { openid = openId });

    private Task<JsonElement> UploadAsync(ShippingBody body) => UploadAsync(body, _accessToken);

    private Task<JsonElement> UploadAsync(ShippingBody body, string? accessToken) =>
        _sim.Host.PostWeChatAsync(
            accessToken is null ? "wxa/sec/order/upload_shipping_info" : $"wxa/sec/order/upload_shipping_info?access_token={accessToken}",
            JsonContent.Create(body));

    private async Task<JsonElement[]> UploadsAsync() => [.. (await _sim.Host.GetControlAsync("__sim/shipping")).EnumerateArray()];

#pragma warning disable IDE1006 // The wire names of the request.
    private sealed record ShippingBody(
        object order_key, int logistics_type, int delivery_mode, object[] shipping_list, string upload_time, object payer);
#pragma warning restore IDE1006
}
