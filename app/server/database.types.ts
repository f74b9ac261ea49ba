
export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]

export type Database = {
  
  "public": {
          Tables: {
            "ai_usage": {
                  Row: {
                    "carbon_g": number,"created_at": string,"energy_wh": number,"feature": string,"id": number,"input_tokens": number,"latency_ms": number,"model": string,"outcome": string,"output_tokens": number,"provider": string,"user_id": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "carbon_g": number,"created_at"?: string,"energy_wh": number,"feature": string,"id"?: never,"input_tokens"?: number,"latency_ms": number,"model": string,"outcome": string,"output_tokens"?: number,"provider": string,"user_id"?: string | null
                  }
                  Update: {
                    "carbon_g"?: number,"created_at"?: string,"energy_wh"?: number,"feature"?: string,"id"?: never,"input_tokens"?: number,"latency_ms"?: number,"model"?: string,"outcome"?: string,"output_tokens"?: number,"provider"?: string,"user_id"?: string | null
                  }
                  Relationships: [
                    
                  ]
                },"applications": {
                  Row: {
                    "company": string | null,"created_at": string,"id": string,"job_title": string,"next_follow_up_on": string | null,"notes": string | null,"offer_text": string,"offer_url": string | null,"sent_on": string | null,"status": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "company"?: string | null,"created_at"?: string,"id"?: string,"job_title": string,"next_follow_up_on"?: string | null,"notes"?: string | null,"offer_text": string,"offer_url"?: string | null,"sent_on"?: string | null,"status"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "company"?: string | null,"created_at"?: string,"id"?: string,"job_title"?: string,"next_follow_up_on"?: string | null,"notes"?: string | null,"offer_text"?: string,"offer_url"?: string | null,"sent_on"?: string | null,"status"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"billing_customers": {
                  Row: {
                    "created_at": string,"stripe_customer_id": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"stripe_customer_id": string,"user_id": string
                  }
                  Update: {
                    "created_at"?: string,"stripe_customer_id"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"consents": {
                  Row: {
                    "decided_at": string,"granted": boolean,"id": number,"purpose": string,"text_version": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "decided_at"?: string,"granted": boolean,"id"?: never,"purpose": string,"text_version": string,"user_id"?: string
                  }
                  Update: {
                    "decided_at"?: string,"granted"?: boolean,"id"?: never,"purpose"?: string,"text_version"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"cvs": {
                  Row: {
                    "content": NonNullable<Json>,"created_at": string,"id": string,"is_primary": boolean,"original_text": string | null,"source": string,"title": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "content": NonNullable<Json>,"created_at"?: string,"id"?: string,"is_primary"?: boolean,"original_text"?: string | null,"source": string,"title"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "content"?: NonNullable<Json>,"created_at"?: string,"id"?: string,"is_primary"?: boolean,"original_text"?: string | null,"source"?: string,"title"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"iris_conversations": {
                  Row: {
                    "area": string,"created_at": string,"deleted_at": string | null,"id": string,"title": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "area": string,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"title": string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "area"?: string,"created_at"?: string,"deleted_at"?: string | null,"id"?: string,"title"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    
                  ]
                },"iris_messages": {
                  Row: {
                    "actions": NonNullable<Json>,"content": string,"conversation_id": string,"created_at": string,"id": string,"provider": string | null,"reply_to": string | null,"role": string,"status": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "actions"?: NonNullable<Json>,"content"?: string,"conversation_id": string,"created_at"?: string,"id"?: string,"provider"?: string | null,"reply_to"?: string | null,"role": string,"status"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "actions"?: NonNullable<Json>,"content"?: string,"conversation_id"?: string,"created_at"?: string,"id"?: string,"provider"?: string | null,"reply_to"?: string | null,"role"?: string,"status"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "iris_messages_conversation_id_fkey"
      columns: ["conversation_id"]
isOneToOne: false
      referencedRelation: "iris_conversations"
      referencedColumns: ["id"]
    },{
      foreignKeyName: "iris_messages_reply_to_fkey"
      columns: ["reply_to"]
isOneToOne: false
      referencedRelation: "iris_messages"
      referencedColumns: ["id"]
    }
                  ]
                },"letter_generations": {
                  Row: {
                    "application_id": string | null,"created_at": string,"id": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "application_id"?: string | null,"created_at"?: string,"id"?: string,"user_id"?: string
                  }
                  Update: {
                    "application_id"?: string | null,"created_at"?: string,"id"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "letter_generations_application_id_user_id_fkey"
      columns: ["application_id","user_id"]
isOneToOne: false
      referencedRelation: "applications"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"letter_versions": {
                  Row: {
                    "application_id": string,"body": string,"created_at": string,"id": string,"origin": string,"provider": string | null,"tone": string | null,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "application_id": string,"body": string,"created_at"?: string,"id"?: string,"origin": string,"provider"?: string | null,"tone"?: string | null,"user_id"?: string
                  }
                  Update: {
                    "application_id"?: string,"body"?: string,"created_at"?: string,"id"?: string,"origin"?: string,"provider"?: string | null,"tone"?: string | null,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "letter_versions_application_id_user_id_fkey"
      columns: ["application_id","user_id"]
isOneToOne: false
      referencedRelation: "applications"
      referencedColumns: ["id","user_id"]
    }
                  ]
                },"plan_limits": {
                  Row: {
                    "capability": string,"limit_value": number | null,"period": string,"plan_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "capability": string,"limit_value"?: number | null,"period": string,"plan_id": string
                  }
                  Update: {
                    "capability"?: string,"limit_value"?: number | null,"period"?: string,"plan_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "plan_limits_plan_id_fkey"
      columns: ["plan_id"]
isOneToOne: false
      referencedRelation: "plans"
      referencedColumns: ["id"]
    }
                  ]
                },"plans": {
                  Row: {
                    "id": string,"monthly_price_cents": number | null,"name": string,"position": number
                  }
                  ComputedFields: never
                  Insert: {
                    "id": string,"monthly_price_cents"?: number | null,"name": string,"position": number
                  }
                  Update: {
                    "id"?: string,"monthly_price_cents"?: number | null,"name"?: string,"position"?: number
                  }
                  Relationships: [
                    
                  ]
                },"profiles": {
                  Row: {
                    "created_at": string,"current_job_title_code": string | null,"display_name": string | null,"id": string,"target_job_title_code": string | null,"updated_at": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"current_job_title_code"?: string | null,"display_name"?: string | null,"id": string,"target_job_title_code"?: string | null,"updated_at"?: string
                  }
                  Update: {
                    "created_at"?: string,"current_job_title_code"?: string | null,"display_name"?: string | null,"id"?: string,"target_job_title_code"?: string | null,"updated_at"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "profiles_current_job_title_code_fkey"
      columns: ["current_job_title_code"]
isOneToOne: false
      referencedRelation: "rome_job_titles"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "profiles_target_job_title_code_fkey"
      columns: ["target_job_title_code"]
isOneToOne: false
      referencedRelation: "rome_job_titles"
      referencedColumns: ["code"]
    }
                  ]
                },"quota_attachments": {
                  Row: {
                    "capability": string,"created_column": string,"owner_column": string,"table_name": unknown
                  }
                  ComputedFields: never
                  Insert: {
                    "capability": string,"created_column"?: string,"owner_column"?: string,"table_name": unknown
                  }
                  Update: {
                    "capability"?: string,"created_column"?: string,"owner_column"?: string,"table_name"?: unknown
                  }
                  Relationships: [
                    
                  ]
                },"rate_limits": {
                  Row: {
                    "bucket": string,"hits": number,"window_start": string
                  }
                  ComputedFields: never
                  Insert: {
                    "bucket": string,"hits"?: number,"window_start": string
                  }
                  Update: {
                    "bucket"?: string,"hits"?: number,"window_start"?: string
                  }
                  Relationships: [
                    
                  ]
                },"rome_job_titles": {
                  Row: {
                    "code": string,"is_main": boolean,"label": string,"occupation_code": string,"rarely_used": boolean,"search_text": string,"short_label": string
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"is_main"?: boolean,"label": string,"occupation_code": string,"rarely_used"?: boolean,"search_text": string,"short_label": string
                  }
                  Update: {
                    "code"?: string,"is_main"?: boolean,"label"?: string,"occupation_code"?: string,"rarely_used"?: boolean,"search_text"?: string,"short_label"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "rome_job_titles_occupation_code_fkey"
      columns: ["occupation_code"]
isOneToOne: false
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    }
                  ]
                },"rome_mobilities": {
                  Row: {
                    "from_code": string,"rank": number,"to_code": string
                  }
                  ComputedFields: never
                  Insert: {
                    "from_code": string,"rank": number,"to_code": string
                  }
                  Update: {
                    "from_code"?: string,"rank"?: number,"to_code"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "rome_mobilities_from_code_fkey"
      columns: ["from_code"]
isOneToOne: false
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "rome_mobilities_to_code_fkey"
      columns: ["to_code"]
isOneToOne: false
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    }
                  ]
                },"rome_occupation_skills": {
                  Row: {
                    "is_core": boolean,"is_emerging": boolean,"occupation_code": string,"skill_code": string
                  }
                  ComputedFields: never
                  Insert: {
                    "is_core"?: boolean,"is_emerging"?: boolean,"occupation_code": string,"skill_code": string
                  }
                  Update: {
                    "is_core"?: boolean,"is_emerging"?: boolean,"occupation_code"?: string,"skill_code"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "rome_occupation_skills_occupation_code_fkey"
      columns: ["occupation_code"]
isOneToOne: false
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "rome_occupation_skills_skill_code_fkey"
      columns: ["skill_code"]
isOneToOne: false
      referencedRelation: "rome_skills"
      referencedColumns: ["code"]
    }
                  ]
                },"rome_occupation_texts": {
                  Row: {
                    "access": string | null,"definition": string | null,"occupation_code": string
                  }
                  ComputedFields: never
                  Insert: {
                    "access"?: string | null,"definition"?: string | null,"occupation_code": string
                  }
                  Update: {
                    "access"?: string | null,"definition"?: string | null,"occupation_code"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "rome_occupation_texts_occupation_code_fkey"
      columns: ["occupation_code"]
isOneToOne: true
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    }
                  ]
                },"rome_occupations": {
                  Row: {
                    "code": string,"domain_code": string,"label": string
                  }
                  ComputedFields: never
                  Insert: {
                    "code": string,"domain_code"?: never,"label": string
                  }
                  Update: {
                    "code"?: string,"domain_code"?: never,"label"?: string
                  }
                  Relationships: [
                    
                  ]
                },"rome_releases": {
                  Row: {
                    "data_format": number,"loaded_at": string,"version": string
                  }
                  ComputedFields: never
                  Insert: {
                    "data_format"?: number,"loaded_at"?: string,"version": string
                  }
                  Update: {
                    "data_format"?: number,"loaded_at"?: string,"version"?: string
                  }
                  Relationships: [
                    
                  ]
                },"rome_skills": {
                  Row: {
                    "category": string,"code": string,"kind": string,"label": string,"macro_skill_code": string | null,"subcategory": string | null
                  }
                  ComputedFields: never
                  Insert: {
                    "category": string,"code": string,"kind": string,"label": string,"macro_skill_code"?: string | null,"subcategory"?: string | null
                  }
                  Update: {
                    "category"?: string,"code"?: string,"kind"?: string,"label"?: string,"macro_skill_code"?: string | null,"subcategory"?: string | null
                  }
                  Relationships: [
                    {
      foreignKeyName: "rome_skills_macro_skill_code_fkey"
      columns: ["macro_skill_code"]
isOneToOne: false
      referencedRelation: "rome_skills"
      referencedColumns: ["code"]
    }
                  ]
                },"sales_inquiries": {
                  Row: {
                    "contact_name": string,"created_at": string,"email": string,"id": string,"message": string,"organisation": string,"seats": number | null
                  }
                  ComputedFields: never
                  Insert: {
                    "contact_name": string,"created_at"?: string,"email": string,"id"?: string,"message": string,"organisation": string,"seats"?: number | null
                  }
                  Update: {
                    "contact_name"?: string,"created_at"?: string,"email"?: string,"id"?: string,"message"?: string,"organisation"?: string,"seats"?: number | null
                  }
                  Relationships: [
                    
                  ]
                },"stripe_events": {
                  Row: {
                    "id": string,"received_at": string,"type": string
                  }
                  ComputedFields: never
                  Insert: {
                    "id": string,"received_at"?: string,"type": string
                  }
                  Update: {
                    "id"?: string,"received_at"?: string,"type"?: string
                  }
                  Relationships: [
                    
                  ]
                },"subscriptions": {
                  Row: {
                    "cancel_at_period_end": boolean,"current_period_end": string | null,"plan_id": string,"status": string,"stripe_customer_id": string | null,"stripe_subscription_id": string | null,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "cancel_at_period_end"?: boolean,"current_period_end"?: string | null,"plan_id"?: string,"status"?: string,"stripe_customer_id"?: string | null,"stripe_subscription_id"?: string | null,"updated_at"?: string,"user_id": string
                  }
                  Update: {
                    "cancel_at_period_end"?: boolean,"current_period_end"?: string | null,"plan_id"?: string,"status"?: string,"stripe_customer_id"?: string | null,"stripe_subscription_id"?: string | null,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "subscriptions_plan_id_fkey"
      columns: ["plan_id"]
isOneToOne: false
      referencedRelation: "plans"
      referencedColumns: ["id"]
    }
                  ]
                },"trajectories": {
                  Row: {
                    "created_at": string,"from_code": string,"id": string,"path": NonNullable<Json>,"to_code": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"from_code": string,"id"?: string,"path": NonNullable<Json>,"to_code": string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"from_code"?: string,"id"?: string,"path"?: NonNullable<Json>,"to_code"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "trajectories_from_code_fkey"
      columns: ["from_code"]
isOneToOne: false
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    },{
      foreignKeyName: "trajectories_to_code_fkey"
      columns: ["to_code"]
isOneToOne: false
      referencedRelation: "rome_occupations"
      referencedColumns: ["code"]
    }
                  ]
                },"trajectory_steps": {
                  Row: {
                    "created_at": string,"detail": string | null,"done_at": string | null,"due_on": string | null,"id": string,"kind": string,"position": number,"title": string,"trajectory_id": string,"updated_at": string,"user_id": string
                  }
                  ComputedFields: never
                  Insert: {
                    "created_at"?: string,"detail"?: string | null,"done_at"?: string | null,"due_on"?: string | null,"id"?: string,"kind"?: string,"position": number,"title": string,"trajectory_id": string,"updated_at"?: string,"user_id"?: string
                  }
                  Update: {
                    "created_at"?: string,"detail"?: string | null,"done_at"?: string | null,"due_on"?: string | null,"id"?: string,"kind"?: string,"position"?: number,"title"?: string,"trajectory_id"?: string,"updated_at"?: string,"user_id"?: string
                  }
                  Relationships: [
                    {
      foreignKeyName: "trajectory_steps_trajectory_id_user_id_fkey"
      columns: ["trajectory_id","user_id"]
isOneToOne: false
      referencedRelation: "trajectories"
      referencedColumns: ["id","user_id"]
    }
                  ]
                }
          }
          Views: {
            "my_consents": {
                  Row: {
                    "decided_at": string,"granted": boolean,"purpose": string,"text_version": string
                  }
                  ComputedFields: never
                  Relationships: [
                    
                  ]
                }
          }
          Functions: {
            "attach_quota":
{ Args: { "capability": string,"created_column"?: string,"owner_column"?: string,"target": unknown }; Returns: undefined
                           },
"delete_iris_conversation":
{ Args: { "target": string }; Returns: boolean
                           },
"effective_plan":
{ Args: { "person": string }; Returns: string
                           },
"green_ai_summary":
{ Args: Record<PropertyKey, never>; Returns: {
              "avg_latency_ms": number,"calls": number,"carbon_g": number,"energy_wh": number,"feature": string,"first_call": string,"input_tokens": number,"last_call": string,"output_tokens": number,"provider": string
            }[]
                           },
"my_plan_includes":
{ Args: { "wanted_capability": string }; Returns: boolean
                           },
"my_quota_usage":
{ Args: Record<PropertyKey, never>; Returns: {
              "capability": string,"limit_value": number,"period": string,"plan": string,"used": number
            }[]
                           },
"normalize_for_search":
{ Args: { "value": string }; Returns: string
                           },
"quota_limit":
{ Args: { "plan": string,"wanted_capability": string }; Returns: Record<string, unknown>
                           },
"quota_period_start":
{ Args: { "at"?: string,"period": string }; Returns: string
                           },
"rate_limit_hit":
{ Args: { "bucket": string,"max_hits": number,"window_seconds": number }; Returns: boolean
                           },
"search_job_titles":
{ Args: { "max_results"?: number,"query": string }; Returns: {
              "code": string,"label": string,"occupation_code": string,"occupation_label": string
            }[]
                           }
          }
          Enums: {
            [_ in never]: never
          }
          CompositeTypes: {
            [_ in never]: never
          }
        }
}

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, "public">]

export type Tables<
  DefaultSchemaTableNameOrOptions extends
    | keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
        DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"] &
      DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Views"])[TableName] extends {
      Row: infer R
    }
    ? R
    : never
  : DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema["Tables"] & DefaultSchema["Views"])
  ? (DefaultSchema["Tables"] & DefaultSchema["Views"])[DefaultSchemaTableNameOrOptions] extends {
      Row: infer R
    }
    ? R
    : never
  : never

export type TablesInsert<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Insert: infer I
    }
    ? I
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Insert: infer I
    }
    ? I
    : never
  : never

export type TablesUpdate<
  DefaultSchemaTableNameOrOptions extends
    | keyof DefaultSchema["Tables"]
    | { schema: keyof DatabaseWithoutInternals },
  TableName extends DefaultSchemaTableNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"]
    : never = never
> = DefaultSchemaTableNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions["schema"]]["Tables"][TableName] extends {
      Update: infer U
    }
    ? U
    : never
  : DefaultSchemaTableNameOrOptions extends keyof DefaultSchema["Tables"]
  ? DefaultSchema["Tables"][DefaultSchemaTableNameOrOptions] extends {
      Update: infer U
    }
    ? U
    : never
  : never

export type Enums<
  DefaultSchemaEnumNameOrOptions extends
    | keyof DefaultSchema["Enums"]
    | { schema: keyof DatabaseWithoutInternals },
  EnumName extends DefaultSchemaEnumNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"]
    : never = never
> = DefaultSchemaEnumNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions["schema"]]["Enums"][EnumName]
  : DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema["Enums"]
  ? DefaultSchema["Enums"][DefaultSchemaEnumNameOrOptions]
  : never

export type CompositeTypes<
  PublicCompositeTypeNameOrOptions extends
    | keyof DefaultSchema["CompositeTypes"]
    | { schema: keyof DatabaseWithoutInternals },
  CompositeTypeName extends PublicCompositeTypeNameOrOptions extends {
    schema: keyof DatabaseWithoutInternals
  }
    ? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"]
    : never = never
> = PublicCompositeTypeNameOrOptions extends { schema: keyof DatabaseWithoutInternals }
  ? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions["schema"]]["CompositeTypes"][CompositeTypeName]
  : PublicCompositeTypeNameOrOptions extends keyof DefaultSchema["CompositeTypes"]
  ? DefaultSchema["CompositeTypes"][PublicCompositeTypeNameOrOptions]
  : never

export const Constants = {
  "public": {
          Enums: {
            
          }
        }
} as const
