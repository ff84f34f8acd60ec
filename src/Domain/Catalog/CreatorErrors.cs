using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Catalog;

public static class CreatorErrors
{
    public const string AlreadyExistsCode = "CREATOR_ALREADY_EXISTS";

    public static DomainException AlreadyExists(Guid userId) =>
        new(AlreadyExistsCode, $"User {userId} already has a creator profile.");
}
