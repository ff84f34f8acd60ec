using KnowledgePay.GraphQL.FunctionalTests.Fixtures;

namespace KnowledgePay.GraphQL.FunctionalTests.Orders;

/// <summary>
/// Certificate mode over HTTP: WeChat Pay starts signing with a platform certificate the app has never seen. The app
/// downloads the certificates when a notification names an unknown serial, but not for every such notification.
/// </summary>
public sealed class PlatformCertificateRotationTests(CertificateModeApp app) : OrdersTest(app), IClassFixture<CertificateModeApp>
{
    [Fact]
    public async Task AcceptsANotificationFromARotatedCertificateAfterOneDownloadAndDoesNotDownloadForEachUnknownSerial()
    {
        var course = await AddPaidCourseAsync();
        var buyer = await SignInAsync("o_buyer");
        var first = await CheckedOutOrderAsync(buyer, course.Id);
        await App.WeChat.RotatePlatformCertificateAsync();

        await App.WeChat.PayAsync(Number(first));
        var delivery = (await App.WeChat.WaitForDeliveriesAsync(1))[0];

        Assert.True(delivery.TryGetProperty("status", out var status) && status.GetInt32() == 204, delivery.ToString());
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(first))));
        Assert.Equal(1, await App.WeChat.CallsAsync("certificates"));

        var other = await AddPaidCourseAsync();
        var second = await CheckedOutOrderAsync(buyer, other.Id);
        await App.WeChat.ArmNotificationFaultAsync("unknownSerial");

        await App.WeChat.PayAsync(Number(second));
        var forged = (await App.WeChat.WaitForDeliveriesAsync(6))[1..6];

        Assert.All(forged, d => Assert.Equal(401, d.GetProperty("status").GetInt32()));
        Assert.Equal(5, forged.Select(d => d.GetProperty("headers").GetProperty("Wechatpay-Serial").GetString()).Distinct().Count());
        Assert.Equal(1, await App.WeChat.CallsAsync("certificates"));

        var redelivered = await App.WeChat.RedeliverAsync(forged[0].GetProperty("id").GetString()!);

        Assert.Equal(204, redelivered.GetProperty("status").GetInt32());
        Assert.Equal("PAID", Status(await OrderAsync(buyer.Client, Id(second))));
    }
}
