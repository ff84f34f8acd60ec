using KnowledgePay.Application.Common.Behaviors;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Application.Orders;
using KnowledgePay.Application.Orders.Commands.CloseExpiredOrders;
using KnowledgePay.Domain.Identity;
using Mediator;

namespace KnowledgePay.Application.UnitTests.Common.Behaviors;

public sealed class AuthorizationBehaviorTests
{
    private static readonly SweepResult Swept = new(0, 0);

    [Fact]
    public async Task RunsSystemCommandWithoutUser()
    {
        var behavior = new AuthorizationBehavior<CloseExpiredOrdersCommand, SweepResult>(new Caller(null));

        var result = await behavior.Handle(new CloseExpiredOrdersCommand(10), (_, _) => new(Swept), default);

        Assert.Same(Swept, result);
    }

    [Fact]
    public async Task FailsWhenOrdinaryMessageHasNoUser()
    {
        var behavior = new AuthorizationBehavior<AdminOnlyCommand, Unit>(new Caller(null));

        await Assert.ThrowsAsync<UnauthenticatedException>(async () =>
            await behavior.Handle(new AdminOnlyCommand(), (_, _) => new(Unit.Value), default));
    }

    [Fact]
    public async Task FailsWhenUserLacksTheRole()
    {
        var behavior = new AuthorizationBehavior<AdminOnlyCommand, Unit>(new Caller(Guid.NewGuid(), Role.Learner));

        await Assert.ThrowsAsync<ForbiddenAccessException>(async () =>
            await behavior.Handle(new AdminOnlyCommand(), (_, _) => new(Unit.Value), default));
    }

    [Fact]
    public void NoSystemCommandIsAlsoOpenToAnonymousCallers()
    {
        var both = typeof(ISystemCommand).Assembly.GetTypes()
            .Where(t => typeof(ISystemCommand).IsAssignableFrom(t) && typeof(IAllowAnonymous).IsAssignableFrom(t))
            .Select(t => t.Name);

        Assert.Empty(both);
        Assert.Contains(typeof(ISystemCommand).Assembly.GetTypes(), t => t != typeof(ISystemCommand) && typeof(ISystemCommand).IsAssignableFrom(t));
    }

    [RequiresRole(Role.Admin)]
    public sealed record AdminOnlyCommand : ICommand;

    private sealed class Caller(Guid? id, params Role[] roles) : ICurrentUser
    {
        public Guid? Id => id;

        public bool IsInRole(Role role) => roles.Contains(role);
    }
}
