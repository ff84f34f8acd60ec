using KnowledgePay.Application.Common.Interfaces;

namespace KnowledgePay.Application.FunctionalTests.Orders;

internal sealed class TestClientPlatform : IClientPlatform
{
    public ClientPlatform Platform { get; set; } = ClientPlatform.Android;
}
