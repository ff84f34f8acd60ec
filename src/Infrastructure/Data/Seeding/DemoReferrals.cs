using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Referrals;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// 分销 demo data: learner 01 is an approved promoter with learners 02–05 bound to them (so myReferrals and the admin's
/// promoters list are not empty), learner 02 is their recruit (a level-2 chain), and learner 06 has applied and waits for
/// approval. No commissions: those come from real payments.
/// </summary>
internal static class DemoReferrals
{
    public static IReadOnlyList<Entity> Build(IReadOnlyList<User> learners, DateTimeOffset now)
    {
        var rules = new BindingRules(Attribution.FirstTouch, 30);
        var promoter = Promoter.Enrol(learners[0].Id, approved: true, null, now.AddDays(-20));
        var bindings = learners.Skip(1).Take(4)
            .Select((learner, i) => ReferralBinding.Bind(learner.Id, promoter, null, rules, now.AddDays(-10 + i)))
            .ToList();
        foreach (var _ in bindings)
        {
            promoter.CountReferral();
        }

        var recruit = Promoter.Enrol(learners[1].Id, approved: true, promoter.Id, now.AddDays(-9));
        var applicant = Promoter.Enrol(learners[5].Id, approved: false, null, now.AddDays(-1));
        return [promoter, recruit, applicant, .. bindings];
    }
}
