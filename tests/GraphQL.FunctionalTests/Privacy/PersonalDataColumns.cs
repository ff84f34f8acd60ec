using Microsoft.EntityFrameworkCore.Metadata;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>
/// Which stored columns name a user, read from the EF model: the rule the export's completeness tests hold the sections to.
/// Every Guid column that is not a key, a foreign key or a reference to another entity by name must be classified here,
/// so a new column naming a user cannot slip past unnoticed.
/// </summary>
internal static class PersonalDataColumns
{
    /// <summary>Columns naming the user a row is about.</summary>
    public static readonly IReadOnlySet<string> Subject = new HashSet<string>(StringComparer.Ordinal)
    {
        "UserId", "BuyerId", "AuthorId", "VisitorId", "SharerId", "ReporterId", "LeaderId", "PromoterUserId", "RedeemedBy", "ClaimedBy",
    };

    /// <summary>A promoter's account (commissions, their entries, withdrawals): about the user the promoter is.</summary>
    public const string Promoter = "PromoterId";

    /// <summary>Columns naming an operator who acted on someone else's record: the act is the record's, not data about the operator.</summary>
    public static readonly IReadOnlySet<string> Operator = new HashSet<string>(StringComparer.Ordinal)
    {
        "CreatedBy", "SetByUserId", "ModeratorId", "ReviewedBy", "PaidBy",

        // The learner or the operator who asked for a refund: the refund belongs to the order's owner either way.
        "RequestedBy",
    };

    /// <summary>Guid columns that name neither a user nor, by their name, another entity: what each holds instead.</summary>
    private static readonly IReadOnlyDictionary<string, string> Other = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FamilyId"] = "a refresh-token family, a random id",
        ["EntityId"] = "the audited entity (any table)",
        ["ContentId"] = "the moderated content (a review, reply, comment or nickname)",
        ["SourceId"] = "what granted an enrolment (an order, gift, code …)",
        ["ParentId"] = "the comment answered",
        ["LineId"] = "an order line",
        ["ConsentId"] = "a marketing consent",
        ["CaseId"] = "a moderation case",
        ["BatchId"] = "a redeem code batch",
        ["DealId"] = "a group-buy deal",
        ["ReplacedById"] = "the refresh token that replaced this one",
        ["TopUpId"] = "a wallet top-up",
        ["RefundId"] = "an order refund",
        ["SaleId"] = "a flash sale",
        ["PlanId"] = "a membership plan (an offer)",
        ["BundleId"] = "a bundle offer",
        ["HeldOfferId"] = "the offer a personal price holds",
        ["UplinePromoterId"] = "the promoter above, a promoter",
        ["SourceShareId"] = "the share that brought a visitor",
        ["WalletId"] = "a wallet",
    };

    /// <summary>Each entity type's columns naming the user its rows are about, directly or as a promoter.</summary>
    public static IReadOnlyList<(IEntityType Entity, IReadOnlyList<IProperty> Columns)> SubjectColumns(IModel model) =>
        [.. model.GetEntityTypes()
            .Select(e => (Entity: e, Columns: (IReadOnlyList<IProperty>)[.. e.GetProperties().Where(p => IsGuid(p) && (Subject.Contains(p.Name) || p.Name == Promoter))]))
            .Where(e => e.Columns.Count > 0)];

    /// <summary>Guid columns no rule above accounts for: each must be added to one of the lists.</summary>
    public static IReadOnlyList<string> Unclassified(IModel model)
    {
        var entityNames = model.GetEntityTypes().Select(e => e.ClrType.Name).ToHashSet(StringComparer.Ordinal);
        return [.. model.GetEntityTypes().SelectMany(e => e.GetProperties()
            .Where(p => IsGuid(p) && !p.IsPrimaryKey() && !p.IsForeignKey() && !p.IsShadowProperty())
            .Where(p => !Subject.Contains(p.Name) && !Operator.Contains(p.Name) && !Other.ContainsKey(p.Name))
            .Where(p => !(p.Name.EndsWith("Id", StringComparison.Ordinal) && entityNames.Contains(p.Name[..^2])))
            .Select(p => $"{e.ClrType.Name}.{p.Name}"))];
    }

    private static bool IsGuid(IProperty property) => (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(Guid);
}
