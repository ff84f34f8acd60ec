using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// The demo's user agreement and privacy policy (in effect for sixty days), each demo learner's acceptance of both from the
/// mini program, and the record of the personalisation consent they gave on arrival.
/// </summary>
internal sealed record DemoAgreements(
    IReadOnlyList<AgreementVersion> Versions, IReadOnlyList<AgreementAcceptance> Acceptances, IReadOnlyList<PersonalisationConsentChange> ConsentChanges)
{
    /// <summary>Where seeded personalisation consent is recorded as coming from.</summary>
    public const string ConsentSource = "demo_seed";

    public static DemoAgreements Build(IReadOnlyList<User> learners, DateTimeOffset now)
    {
        var published = now.AddDays(-60);
        AgreementVersion[] versions =
        [
            AgreementVersion.Publish(
                AgreementKind.UserAgreement, "1.0", "知识付费用户协议", "欢迎使用本小程序。购买课程即表示你同意按课程页面所示价格付费，并遵守课程的使用规则。",
                null, published, true, published),
            AgreementVersion.Publish(
                AgreementKind.PrivacyPolicy, "1.0", "隐私政策", null, "https://knowledgepay.example/privacy/1.0", published, true, published),
        ];
        var acceptances = learners
            .SelectMany(user => versions.Select(v => v.Accept(user.Id, AgreementPlatform.Ios, "8.0.50", v, user.CreatedAt)))
            .ToList();
        var changes = learners.Select(user => PersonalisationConsentChange.Record(user.Id, true, ConsentSource, user.CreatedAt)).ToList();

        // Demo data is not a change anyone made: no audit trail, no reactions.
        foreach (var entity in versions.Concat<Entity>(acceptances))
        {
            entity.ClearDomainEvents();
        }

        return new DemoAgreements(versions, acceptances, changes);
    }
}
