using System.Reflection;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;

namespace KnowledgePay.Application.Common.Behaviors;

/// <summary>
/// Secure by default: a message needs a signed-in user unless it is <see cref="IAllowAnonymous"/> or an
/// <see cref="ISystemCommand"/> the system runs itself, and one of the roles of its <see cref="RequiresRoleAttribute"/>
/// when it has one. Fails before validation, so nothing about the input leaks to a caller who may not send it.
/// </summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly RequiresRoleAttribute? RoleRequirement =
        typeof(TMessage).GetCustomAttribute<RequiresRoleAttribute>();

    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not (IAllowAnonymous or ISystemCommand))
        {
            if (currentUser.Id is null)
            {
                throw new UnauthenticatedException();
            }

            if (RoleRequirement is { } requirement && !requirement.Roles.Any(currentUser.IsInRole))
            {
                throw new ForbiddenAccessException();
            }
        }

        return next(message, cancellationToken);
    }
}
