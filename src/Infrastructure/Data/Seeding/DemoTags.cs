namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>Tag names and slugs; categories refer to them by slug.</summary>
internal static class DemoTags
{
    public static readonly (string Name, string Slug)[] All =
    [
        ("入门", "beginner"), ("进阶", "advanced"), ("实战", "hands-on"), ("系统课", "full-course"),
        ("直播", "live"), ("训练营", "bootcamp"), ("Excel", "excel"), ("PPT", "ppt"),
        ("沟通表达", "communication"), ("管理", "management"), ("SQL", "sql"), ("Python", "python"),
        ("数据可视化", "data-visualization"), ("商业分析", "business-analytics"), ("前端", "frontend"),
        ("后端", "backend"), ("C#", "csharp"), ("机器学习", "machine-learning"), ("大模型", "llm"),
        ("提示词", "prompt-engineering"), ("增长", "growth"), ("新媒体", "new-media"), ("产品经理", "product-manager"),
        ("UI 设计", "ui-design"), ("插画", "illustration"), ("英语", "english"), ("日语", "japanese"),
        ("口语", "speaking"), ("时间管理", "time-management"), ("心理学", "psychology"), ("基金", "funds"),
        ("股票", "stocks"), ("家庭理财", "family-finance"), ("育儿", "parenting"), ("早教", "early-education"),
        ("健身", "fitness"), ("营养", "nutrition"), ("睡眠", "sleep"), ("考研", "postgraduate-exam"),
        ("公务员", "civil-service-exam"), ("手机摄影", "mobile-photography"), ("视频剪辑", "video-editing"),
    ];
}
