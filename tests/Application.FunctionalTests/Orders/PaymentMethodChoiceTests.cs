using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Interfaces.Payments;
using KnowledgePay.Application.Orders.Commands.Checkout;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.FunctionalTests.Orders;

/// <summary>Choosing how to pay at checkout: the platform's rules, and changing one's mind after a provider had the order.</summary>
public sealed class PaymentMethodChoiceTests : IAsyncLifetime
{
    private readonly OrdersApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task ChoosingAnotherMethodClosesTheOrderAtTheProviderThatHadItFirst()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));

        var result = await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id, PaymentChannel.WeChatVirtualPayment));

        Assert.Equal(TransactionState.Closed, _app.Gateway.StateOf(order.OutTradeNo));
        Assert.Equal(order.OutTradeNo, Assert.Single(_app.VirtualGateway.Started).OutTradeNo);
        Assert.NotNull(result.Payment);
        var stored = await _app.OrderAsync(order.Id);
        Assert.Equal((OrderStatus.Pending, PaymentChannel.WeChatVirtualPayment), (stored.Status, stored.Channel));
    }

    [Fact]
    public async Task ChoosingAnotherMethodAfterThePaymentWentThroughSettlesItAndSaysItIsPaid()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id));
        _app.Gateway.Pay(order.OutTradeNo, _app.Buyer.OpenId, order.AmountFen);

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id, PaymentChannel.WeChatVirtualPayment)));

        Assert.Equal(OrderErrors.AlreadyPaidCode, error.Code);
        Assert.Empty(_app.VirtualGateway.Started);
        var stored = await _app.OrderAsync(order.Id);
        Assert.Equal((OrderStatus.Paid, PaymentChannel.WeChatPayJsapi), (stored.Status, stored.Channel));
    }

    [Fact]
    public async Task AMethodTheBuyersPlatformMayNotUseIsRefusedAndNothingIsSent()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        _app.Platform.Platform = ClientPlatform.Ios;

        var error = await Assert.ThrowsAsync<DomainException>(() => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id)));

        Assert.Equal(OrderErrors.PaymentMethodNotAllowedCode, error.Code);
        Assert.Empty(_app.Gateway.Started);
        Assert.Equal(PaymentChannel.WeChatPayJsapi, (await _app.OrderAsync(order.Id)).Channel);
    }

    [Fact]
    public async Task TheMethodTheBuyersPlatformAllowsIsAccepted()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();
        _app.Platform.Platform = ClientPlatform.Ios;

        await _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id, PaymentChannel.WeChatVirtualPayment));

        Assert.Single(_app.VirtualGateway.Started);
    }

    [Fact]
    public async Task AMethodWithoutAProviderIsRefused()
    {
        _app.SignInAsBuyer();
        var order = await _app.CreateOrderAsync();

        var error = await Assert.ThrowsAsync<DomainException>(
            () => _app.SendAsync<CheckoutResult>(new CheckoutCommand(order.Id, PaymentChannel.Balance, "balance-key-1")));

        Assert.Equal(OrderErrors.PaymentMethodNotAllowedCode, error.Code);
    }
}
