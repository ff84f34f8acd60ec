namespace KnowledgePay.Application.Identity;

/// <summary>Section <c>Identity</c>: the openids that become admins when they log in (how the first admin appears).</summary>
public sealed class AdminBootstrapOptions
{
    public const string SectionName = "Identity";

    public string[] BootstrapAdminOpenIds { get; set; } = [];
}
