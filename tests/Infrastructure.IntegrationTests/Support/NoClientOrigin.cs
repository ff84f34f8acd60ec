using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Risk;

namespace KnowledgePay.Infrastructure.IntegrationTests.Support;

/// <summary>These tests send messages without an HTTP request: the caller's address and device are unknown.</summary>
internal sealed class NoClientOrigin : IClientOrigin
{
    public ClientOrigin Current { get; } = ClientOrigin.Of(null, null);
}
