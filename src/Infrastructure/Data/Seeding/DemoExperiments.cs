using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>
/// A price experiment running for two weeks on the fourth paid published course (the first three carry the demo sales
/// and group buy): the control at the list price, variant b at 80 % of it (never below the course's guardrails). Every
/// demo learner was exposed to the variant their real assignment gives them, and some of those who did not own the course
/// bought it at the price their variant showed — paid orders with ledger entries, as a settled payment leaves them — so
/// <c>experimentResults(key: "demo-course-price")</c> has numbers to show.
/// </summary>
internal static class DemoExperiments
{
    public const string Key = "demo-course-price";

    public static (Experiment Experiment, IReadOnlyList<ExperimentExposure> Exposures, IReadOnlyList<Order> Orders, IReadOnlyList<PaymentLedgerEntry> Ledger)
        Build(DemoCatalog catalog, IReadOnlyList<User> learners, IReadOnlyList<Enrollment> enrollments, DateTimeOffset now)
    {
        var course = catalog.Courses.Where(c => c.Status == CourseStatus.Published && !c.Price.IsFree).Skip(3).First();
        var listFen = course.Price.AmountFen;
        var variantFen = Math.Max(course.Guardrails.LowestFen(listFen), listFen * 8 / 10);
        var started = now.AddDays(-14);
        var experiment = Experiment.Draft(
            Key,
            new ExperimentDefinition(
                "课程价格 8 折试验", ExperimentSurface.OfferPrice, [new("control", 50, null, null), new("b", 50, null, variantFen)],
                ExperimentMetric.Conversion, 7, OfferRef.ForCourse(course.Id)),
            started,
            null);
        experiment.Start(started);

        var owners = enrollments.Where(e => e.CourseId == course.Id).Select(e => e.UserId).ToHashSet();
        var exposures = new List<ExperimentExposure>();
        var orders = new List<Order>();
        var ledger = new List<PaymentLedgerEntry>();
        for (var i = 0; i < learners.Count; i++)
        {
            var learner = learners[i];
            var variant = experiment.Assign(learner.Id)!;
            var exposedAt = started.AddHours(6 + (i * 5 % 240));
            exposures.Add(ExperimentExposure.Record(experiment.Id, learner.Id, variant.Key, exposedAt));

            // A deterministic sample of buyers: every third learner shown b, every fifth shown the list price.
            var buys = !owners.Contains(learner.Id) && i % (variant.PriceFen is null ? 5 : 3) == 0;
            if (buys)
            {
                var targeted = variant.PriceFen is { } price
                    ? new[] { new TargetedPrice(PriceStepKind.ExperimentPrice, experiment.Id, price, Experiment.PriceReason) }
                    : null;
                var line = new PricingLine(
                    OfferRef.ForCourse(course.Id), course.Title, listFen, course.Guardrails, [course.Id], [course.CategoryId], Targeted: targeted);
                var placedAt = exposedAt.AddHours(20);
                var order = Order.Place(
                    learner.Id, PricingEngine.Price([line], null), $"demo-exp-{i:D3}", PaymentChannel.WeChatPayJsapi, placedAt, TimeSpan.FromMinutes(30));
                order.MarkPaid($"demo-exp-tx-{i:D3}", placedAt.AddMinutes(2));
                orders.Add(order);
                ledger.AddRange(PaymentLedgerEntry.ForPayment(order, placedAt.AddMinutes(2)));
            }
        }

        return (experiment, exposures, orders, ledger);
    }
}
