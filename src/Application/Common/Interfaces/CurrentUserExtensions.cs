using KnowledgePay.Application.Common.Exceptions;

namespace KnowledgePay.Application.Common.Interfaces;

public static class CurrentUserExtensions
{
    /// <summary>The caller's id in a message that requires sign-in (the authorization behavior already checked it).</summary>
    public static Guid RequiredId(this ICurrentUser user) => user.Id ?? throw new UnauthenticatedException();
}
