using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Infrastructure.IntegrationTests.Support;

/// <summary>The caller as a test sets it; anonymous until then.</summary>
internal sealed class TestCurrentUser : ICurrentUser
{
    public Guid? Id { get; set; }

    public bool IsInRole(Role role) => false;
}
