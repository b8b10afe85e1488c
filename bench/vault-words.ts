/** Word material for synthetic notes, in the mix of English and Chinese the real outline uses. */
export const NAME_PARTS = ["Open", "Tiny", "Fast", "Deep", "Mega", "Light", "Easy", "Omni", "Flash", "Nano", "Hyper", "Meta"] as const;
export const NAME_ROOTS = ["RL", "RLHF", "Zero", "Factory", "Serve", "Infer", "Tune", "Train", "LM", "Swift", "Scale", "Forge"] as const;
export const ZH_NAME_PARTS = ["火山", "深度", "轻量", "快速", "开源", "多模态", "强化", "推理", "微调", "对齐"] as const;
export const ZH_NAME_ROOTS = ["框架", "引擎", "工具箱", "训练库", "服务", "平台"] as const;

export const EN_WORDS = [
	"training", "inference", "reward", "policy", "model", "distributed", "efficient", "library", "kernel", "attention",
	"pipeline", "cluster", "throughput", "latency", "quantization", "adapter", "dataset", "benchmark", "reasoning", "rollout",
] as const;

export const ZH_PHRASES = [
	"强化学习", "大语言模型", "推理加速", "分布式训练", "多模态", "指令微调", "显存优化", "奖励模型", "开源项目", "生产环境",
	"灵活高效", "复现笔记", "训练细节", "入门教程", "报错解决记录", "架构与代码", "吞吐量", "量化部署",
] as const;

/** How `stage:` is written: ids, English and Chinese labels, aliases; a few unknown ones. */
export const STAGE_SPELLINGS = ["rl", "强化学习", "Fine-tuning", "微调", "sft", "deploy", "推理部署", "pretrain", "预训练", "学习素材", "learning", "Serving", "未知阶段"] as const;
export const NESTED_STAGES = ["rl", "finetune", "deploy", "pretrain", "learning"] as const;
export const TOPIC_TAGS = ["rl/grpo", "rl/ppo", "moe", "multimodal", "inference/vllm", "llm", "agent", "paper", "reading/2025"] as const;
export const ORDINARY_TAGS = ["daily", "meeting", "reading", "paper", "todo", "project/alpha", "project/beta/notes", "journal"] as const;

export const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export const WEEKDAYS_ZH = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"] as const;
export const URL_HOSTS = ["https://mp.weixin.qq.com/s/", "https://zhuanlan.zhihu.com/p/", "https://blog.csdn.net/u/article/details/", "https://arxiv.org/abs/"] as const;
