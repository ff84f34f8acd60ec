namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>A demo category with the material its course titles and summaries are composed from.</summary>
internal sealed record DemoCategory(
    string Name,
    string Slug,
    (string Zh, string En)[] Topics,
    (string Zh, string En) Audience,
    (string Zh, string En) Outcome,
    string[] TagSlugs);
